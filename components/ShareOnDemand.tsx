"use client";

import { useEffect } from "react";

/** One click listener for the share button and "#" anchors; the sharing code is fetched on the first such click. */
export function ShareOnDemand() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const target = (event.target as Element | null)?.closest?.("[data-share-button], a[data-section-link]");
      if (!target) return;
      // The click's user activation outlasts the import: the share sheet and clipboard still accept the call.
      void import("./share-actions").then((actions) => actions.handle(target));
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
