/**
 * How the safety grammar reads a query, step by step: each act it found, who did it to whom, and the
 * need that gives; then what the learned second reader (lib/safety-model.ts) makes of the query. For
 * whoever edits content/safety-grammar.yaml.
 *
 *   node --import tsx bench/explain.ts "he said hell end it if i leave" "overdosed on netflix"
 */
import { loadContent } from "../lib/content";
import { buildSiteSearch } from "../lib/search/build-index";
import { planQuery } from "../lib/search/plan";
import { detectNeeds } from "../lib/safety-grammar";
import { labelProbabilities, MODEL_LABELS, modelFeatures } from "../lib/safety-model";

const index = buildSiteSearch(loadContent());
for (const q of process.argv.slice(2)) {
  console.log(`# ${q}`);
  const found = detectNeeds(index.safety, q, index.words, (line) => console.log(`  ${line}`));
  const p = labelProbabilities(index.safetyModel, modelFeatures(index.safety, q));
  const { threshold, noneBelow, ordinaryAbove } = index.safetyModel;
  console.log(`  the grammar: ${found.join(", ") || "nothing"}; the model: ${MODEL_LABELS.map((label, k) => `${label} ${p[k]!.toFixed(2)}`).join(", ")}`);
  console.log(`  (a need from ${threshold}; some help when none is below ${noneBelow}; ordinary from ${ordinaryAbove}, unless the grammar reads a life at risk)`);
  console.log(`  => search shows help for: ${planQuery(index, q).safety.join(", ") || "nothing"}`);
}
