import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { detectNeeds, safetyGrammarSchema } from "../lib/safety-grammar";
import { loadContent } from "../lib/content";
import { buildSiteSearch } from "../lib/search/build-index";
import { safetyRows, printSafetyRows, SAFETY_CASES, type SafetyCase } from "./safety-judge";
import dev from "./safety-dev-queries.json";
import dev2 from "./safety-dev2-queries.json";
const parsed = safetyGrammarSchema.safeParse(yaml.load(readFileSync("content/safety-grammar.yaml", "utf8")));
if (!parsed.success) { console.log(parsed.error.issues.slice(0, 10)); process.exit(1); }
const index = buildSiteSearch(loadContent());
const which = process.argv[2] ?? "tuning";
const all = [...SAFETY_CASES, ...(dev.queries as SafetyCase[]), ...(dev2.queries as SafetyCase[])];
const sets = which === "all" ? all : all.filter((c) => c.set === which);
const t0 = performance.now();
const rows = safetyRows((q) => ({ needs: detectNeeds(parsed.data, q, index.words), suggestion: false }), sets);
const ms = (performance.now() - t0) / sets.length;
printSafetyRows(rows, { misses: which === "all" ? "none" : which });
console.log(`\n${ms.toFixed(3)} ms per query`);
