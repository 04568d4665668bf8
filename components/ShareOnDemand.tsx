"use client";

import { useEffect } from "react";

/**
 * The only client component of an article page, and deliberately tiny: one click listener for the
 * share button and the "#" anchors beside headings. The code that shares and copies
 * (components/share-actions.ts) is fetched on the first such click, not with the page, so a reader
 * who only reads never downloads or runs it. Without JavaScript the anchors stay ordinary links and
 * the email link still works.
 */
export function ShareOnDemand() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const target = (event.target as Element | null)?.closest?.("[data-share-button], a[data-section-link]");
      if (!target) return;
      // The click's user activation lasts long enough for the import; the share sheet and the
      // clipboard both still accept the call when it arrives.
      void import("./share-actions").then((actions) => actions.handle(target));
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
