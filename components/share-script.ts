/**
 * The share button and the headings' "#" anchors: one click listener, sent inline by the article page
 * (InlineScript) so the page needs no bundle of its own for it; the sharing code (`sharingCode`, public/share.js) is
 * fetched on the first such click. It must use nothing from outside its body.
 */
export function shareOnClick(sharingCode: string) {
  document.addEventListener("click", (event) => {
    const target = (event.target as Element | null)?.closest?.("[data-share-button], a[data-section-link]");
    // The click's user activation outlasts the import: the share sheet and clipboard still accept the call.
    if (target) void import(/* turbopackIgnore: true */ sharingCode).then((actions: { handle(target: Element): void }) => actions.handle(target));
  });
}
