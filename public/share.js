// What the share button and the headings' "#" anchors do, fetched on the first such click by the article page's
// inline listener (components/share-script.ts). A static module, so that listener needs no bundle to find it.

/**
 * The share button: the device's share sheet where there is one, otherwise copy the link and say so.
 * @param {HTMLElement} container
 */
async function share(container) {
  const { shareTitle: title = "", shareText: text = "", sharePath: path = "/" } = container.dataset;
  const url = new URL(path, window.location.origin).toString();
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, text, url });
      return;
    } catch (error) {
      if (/** @type {Error} */ (error).name === "AbortError") return;
    }
  }
  const status = container.querySelector("[role=status]");
  if (status) status.textContent = (await copyText(url)) ? "Link copied to clipboard" : `Copy this link: ${url}`;
}

let toastTimer = 0;

/**
 * A heading's "#" anchor: the click still moves to the section; the full URL is copied with a visible confirmation.
 * @param {HTMLAnchorElement} anchor
 */
async function copySectionLink(anchor) {
  const copied = await copyText(anchor.href);
  /** @type {HTMLElement | null} */
  const toast = document.querySelector("[data-toast]");
  if (!toast || !copied) return;
  toast.textContent = "Link to this section copied";
  toast.dataset.visible = "";
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    toast.textContent = "";
    delete toast.dataset.visible;
  }, 2500);
}

/** @param {Element} target the share button or a heading's anchor */
export function handle(target) {
  if (target instanceof HTMLAnchorElement) return copySectionLink(target);
  /** @type {HTMLElement | null} */
  const container = target.closest("[data-share-title]");
  if (container) return share(container);
}

/**
 * Clipboard API where allowed, with the old selection trick as a fallback (plain HTTP, old browsers).
 * @param {string} value
 * @returns {Promise<boolean>}
 */
async function copyText(value) {
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
