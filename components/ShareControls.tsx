"use client";

import { useState } from "react";

interface ShareControlsProps {
  title: string;
  text: string;
  /** Site path of the page; the browser's own origin makes the link the reader sees. */
  path: string;
}

/**
 * Shares with the device's own share sheet where there is one (Web Share API), otherwise copies
 * the link and says so. The email link works without JavaScript. No third-party widgets.
 */
export function ShareControls({ title, text, path }: ShareControlsProps) {
  const [status, setStatus] = useState("");

  async function share() {
    const url = new URL(path, window.location.origin).toString();
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        if ((error as Error).name === "AbortError") return;
      }
    }
    setStatus((await copyText(url)) ? "Link copied to clipboard" : `Copy this link: ${url}`);
  }

  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${path}`)}`;
  return (
    <div className="share">
      <button type="button" className="button" onClick={share}>
        Share this article
      </button>
      <a className="button button--quiet" href={mail} data-share-email>
        Email a link
      </a>
      <span role="status" className="share__status">{status}</span>
    </div>
  );
}

/** Clipboard API where allowed, with the old selection trick as a fallback (plain HTTP, old browsers). */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const field = document.createElement("textarea");
    field.value = value;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.append(field);
    field.select();
    const ok = document.execCommand("copy");
    field.remove();
    return ok;
  }
}
