// `npm run check:reviews`: every content page and help line past its review date, and every help line
// whose pages are all more than three years old (find a newer source). A report, not a gate:
// it exits 0 either way (the build prints the same list as a warning).
import { loadContent } from "../lib/content/load";
import { reviewsDue } from "../lib/content/reviews";

const due = reviewsDue(loadContent());
console.log(due.length ? `Due for review (${due.length}):\n${due.map((line) => `  ${line}`).join("\n")}` : "Nothing is due for review.");
