// Quick exit for pages about abuse and red flags: replace the current history entry with a neutral
// site, so the Back button does not lead straight back here. Kept as a tiny static file (not React)
// so it works the moment the page is painted. The neutral site is written once, as the href of the
// quick-exit link (components/QuickExit.tsx); this script only reads it.
(function () {
  /**
   * @param {Event} event
   * @param {HTMLAnchorElement | null} link the quick-exit link, whose href is the neutral site
   */
  function leave(event, link) {
    if (!link) return;
    event.preventDefault();
    // Blank the page at once, before the new one loads, so nothing stays on screen.
    document.title = "Weather";
    document.body.innerHTML = "";
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    var target = /** @type {Element | null} */ (event.target);
    var link = target && target.closest && target.closest("[data-quick-exit]");
    if (link) leave(event, /** @type {HTMLAnchorElement} */ (link));
  });
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) leave(event, document.querySelector("[data-quick-exit]"));
    lastEscape = now;
  });
})();
