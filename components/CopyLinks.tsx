"use client";

import { useEffect, useState } from "react";
import { copyText } from "./ShareControls";

/**
 * Turns the "#" anchors next to article headings into copy-link buttons: a click still moves to the
 * section (so the address bar holds the deep link), and the full URL is copied with a visible
 * confirmation. Without JavaScript the anchors remain ordinary links.
 */
export function CopyLinks() {
  const [message, setMessage] = useState("");

  useEffect(() => {
    async function onClick(event: MouseEvent) {
      const anchor = (event.target as Element | null)?.closest?.("a.heading-anchor");
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const url = anchor.href;
      const copied = await copyText(url);
      setMessage(copied ? "Link to this section copied" : "");
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(""), 2500);
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <p role="status" className={message ? "toast toast--visible" : "toast"}>
      {message}
    </p>
  );
}
