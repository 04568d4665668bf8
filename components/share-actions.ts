// What the share button and heading anchors do, loaded by <ShareOnDemand> on the first click.

/** The share button: the device's share sheet where there is one, otherwise copy the link and say so. */
async function share(container: HTMLElement) {
  const { shareTitle: title = "", shareText: text = "", sharePath: path = "/" } = container.dataset;
  const url = new URL(path, window.location.origin).toString();
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, text, url });
      return;
    } catch (error) {
      if ((error as Error).name === "AbortError") return;
    }
  }
  const status = container.querySelector("[role=status]");
  if (status) status.textContent = (await copyText(url)) ? "Link copied to clipboard" : `Copy this link: ${url}`;
}

let toastTimer = 0;

/** A heading's "#" anchor: the click still moves to the section; the full URL is copied with a visible confirmation. */
async function copySectionLink(anchor: HTMLAnchorElement) {
  const copied = await copyText(anchor.href);
  const toast = document.querySelector<HTMLElement>("[data-toast]");
  if (!toast || !copied) return;
  toast.textContent = "Link to this section copied";
  toast.dataset.visible = "";
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    toast.textContent = "";
    delete toast.dataset.visible;
  }, 2500);
}

export function handle(target: Element) {
  if (target instanceof HTMLAnchorElement) return copySectionLink(target);
  const container = target.closest<HTMLElement>("[data-share-title]");
  if (container) return share(container);
}

/** Clipboard API where allowed, with the old selection trick as a fallback (plain HTTP, old browsers). */
async function copyText(value: string): Promise<boolean> {
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
