// Next's <Link> prefetches every link that scrolls into view (dozens of requests on one article), so links are plain
// <a> and Speculation Rules fetch a page only when its link is pressed or touched: early enough to save most of a
// load, never a byte on a page nobody chose. Not "moderate": on Android it also prefetches links in the viewport.
const RULES = { prefetch: [{ where: { href_matches: "/*" }, eagerness: "conservative" }] };

export function IntentPrefetch() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(RULES) }} />;
}
