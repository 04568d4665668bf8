"use client";

import { useEffect, useState, type ComponentProps, type ComponentType } from "react";
import type { LiveSearch } from "./LiveSearch";

type LiveSearchProps = ComponentProps<typeof LiveSearch>;

// The live search is fetched on the box's first focus or input, so a reader who only reads the server's results
// never downloads or hydrates it (Lighthouse counted it as the page's extra blocking time).
export function LiveSearchOnDemand(props: LiveSearchProps) {
  const [Live, setLive] = useState<ComponentType<LiveSearchProps> | null>(null);
  const { inputId } = props;

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let wanted = false;
    const load = () => {
      if (wanted) return;
      wanted = true;
      void import("./LiveSearch").then((module) => setLive(() => module.LiveSearch));
    };
    input.addEventListener("focus", load);
    input.addEventListener("input", load);
    // Focused (or typed in) before the page became interactive: no event will come, so load now.
    if (document.activeElement === input || input.value !== input.defaultValue) load();
    return () => {
      input.removeEventListener("focus", load);
      input.removeEventListener("input", load);
    };
  }, [inputId]);

  return Live ? <Live {...props} /> : null;
}
