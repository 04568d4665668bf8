"use client";

import { useEffect, useState, type ComponentProps, type ComponentType } from "react";
import type { LiveSearch } from "./LiveSearch";

type LiveSearchProps = ComponentProps<typeof LiveSearch>;

/**
 * What the /search page ships for live results: a focus and an input listener on the search box, and
 * nothing else. The live search itself (components/LiveSearch.tsx, with the result list it renders)
 * is fetched when the reader first focuses or types in the box, so a reader who only reads the
 * server's results never downloads or hydrates it; Lighthouse measured it as the search page's
 * extra blocking time over a bare Next page. Whatever is typed before it arrives is searched as soon
 * as it mounts.
 */
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
