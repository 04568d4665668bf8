import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { detectNeeds, safetyGrammarSchema } from "../lib/safety-grammar";
import { loadContent } from "../lib/content";
import { buildSiteSearch } from "../lib/search/build-index";
const g = safetyGrammarSchema.parse(yaml.load(readFileSync("content/safety-grammar.yaml", "utf8")));
const index = buildSiteSearch(loadContent());
for (const q of process.argv.slice(2)) { console.log(`# ${q}`); console.log("  =>", detectNeeds(g, q, index.words, (l) => console.log("  " + l)).join(", ")); }
