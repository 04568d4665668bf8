/**
 * How the safety grammar reads a query, step by step: each act it found, who did it to whom, and the
 * need that gives. For whoever edits content/safety-grammar.yaml.
 *
 *   node --import tsx bench/explain.ts "he said hell end it if i leave" "overdosed on netflix"
 */
import { loadContent } from "../lib/content";
import { buildSiteSearch } from "../lib/search/build-index";
import { planQuery } from "../lib/search/plan";
import { detectNeeds } from "../lib/safety-grammar";

const index = buildSiteSearch(loadContent());
for (const q of process.argv.slice(2)) {
  console.log(`# ${q}`);
  detectNeeds(index.safety, q, index.words, (line) => console.log(`  ${line}`));
  console.log(`  => search shows help for: ${planQuery(index, q).safety.join(", ") || "nothing"}`);
}
