/**
 * How the site prefetches: only on intent, never by itself. Links are plain `<a>` elements (next/link
 * is banned by the lint config) because Next's <Link> prefetches every link that scrolls into view,
 * which cost a reader about 30 background requests per article. Instead the browser's Speculation
 * Rules fetch a same-site page when the reader presses or touches its link ("conservative"
 * eagerness: pointerdown/touchstart), which is early enough to save most of a page load and never
 * spends a byte on a page nobody chose. ("moderate" is avoided on purpose: on Android it now also
 * prefetches links that merely sit in the viewport.) Browsers without Speculation Rules simply load
 * the page on click.
 */
const RULES = {
  prefetch: [{ where: { href_matches: "/*" }, eagerness: "conservative" }],
};

export function IntentPrefetch() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(RULES) }} />;
}
