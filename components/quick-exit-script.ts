/**
 * The quick exit: a press of the quick-exit link, or Esc twice, blanks the page and replaces this history entry with
 * the link's neutral site, so Back does not lead straight here. The neutral site is written once, as that link's
 * href (QuickExit.tsx). Sent inline by the root layout (InlineScript): it must use nothing from outside its body.
 */
export function quickExit() {
  function leave(event: Event, link: HTMLAnchorElement | null) {
    if (!link) return;
    event.preventDefault();
    // Blank the page at once, before the new one loads, so nothing stays on screen.
    document.title = "Weather";
    document.body.innerHTML = "";
    window.location.replace(link.href);
  }
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a[data-quick-exit]");
    if (link) leave(event, link);
  });
  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < 800) leave(event, document.querySelector<HTMLAnchorElement>("a[data-quick-exit]"));
    lastEscape = now;
  });
}
