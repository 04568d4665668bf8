// `npm run check:reviews`: every content page and help line past its review date (the build warns about these
// too), then every help line whose pages are all more than three years old (find a newer source). A report, not a
// gate: it exits 0 either way.
import { loadContent } from "../lib/content/load";
import { helpSourcesToRenew, reviewsDue } from "../lib/content/reviews";

const due = reviewsDue(loadContent());
console.log(due.length ? `Due for review (${due.length}):\n${due.map((line) => `  ${line}`).join("\n")}` : "Nothing is due for review.");
const renew = helpSourcesToRenew();
if (renew.length) console.log(`\nHelp lines to check against a newer page (${renew.length}):\n${renew.map((line) => `  ${line}`).join("\n")}`);
