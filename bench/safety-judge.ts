/**
 * How well search recognises a reader who needs help. The sets: bench/safety-queries.json (written
 * from categories of readers, split into a tuning half and a held-out half before the detector
 * changed; only the held-out half is a fair figure), twenty-two development sets written later by others
 * blind to the grammar (bench/safety-dev-queries.json, bench/safety-dev2-queries.json,
 * bench/safety-dev3-queries.json: a third, blind when added, tuned on since;
 * bench/safety-dev4-queries.json to bench/safety-dev12-queries.json and bench/safety-dev14-queries.json
 * to bench/safety-dev21-queries.json: each measured the learned model once, blind, and was then added
 * to what it learns from, never to the grammar's tuning but for the idioms among their ordinary
 * queries; bench/safety-dev13-queries.json: never learned from, to measure a change on unseen wording;
 * bench/safety-dev22-queries.json: read once on the model before and after it learned development 21, not
 * learned from),
 * ordinary breakup queries (bench/safety-ordinary-queries.json: half learned from, half only counted),
 * and the project's own phrasings (bench/relevance-safety.json: a regression guard).
 * For each need: how often help is shown, how often the right help is (that need's lines, and never
 * the lines for the other side of harm: a reader who hurt someone is not sent the lines for people
 * being hurt, nor the other way round), how many ordinary queries get a help box, and how many
 * queries that get help are also offered a "Did you mean".
 */
import { otherSide, type Need } from "../lib/safety-grammar";
import project from "./relevance-safety.json";
import dev from "./safety-dev-queries.json";
import dev2 from "./safety-dev2-queries.json";
import dev3 from "./safety-dev3-queries.json";
import dev4 from "./safety-dev4-queries.json";
import dev5 from "./safety-dev5-queries.json";
import dev6 from "./safety-dev6-queries.json";
import dev7 from "./safety-dev7-queries.json";
import dev8 from "./safety-dev8-queries.json";
import dev9 from "./safety-dev9-queries.json";
import dev10 from "./safety-dev10-queries.json";
import dev11 from "./safety-dev11-queries.json";
import dev12 from "./safety-dev12-queries.json";
import dev13 from "./safety-dev13-queries.json";
import dev14 from "./safety-dev14-queries.json";
import dev15 from "./safety-dev15-queries.json";
import dev16 from "./safety-dev16-queries.json";
import dev17 from "./safety-dev17-queries.json";
import dev18 from "./safety-dev18-queries.json";
import dev19 from "./safety-dev19-queries.json";
import dev20 from "./safety-dev20-queries.json";
import dev21 from "./safety-dev21-queries.json";
import dev22 from "./safety-dev22-queries.json";
import ordinary from "./safety-ordinary-queries.json";
import safetySet from "./safety-queries.json";

export type { Need };

export interface SafetyCase {
  q: string;
  /** The help a careful crisis worker would give first; "none" for an ordinary query. */
  need: Need | "none";
  set: string;
}

export const SAFETY_CASES: SafetyCase[] = [safetySet, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, ordinary, project].flatMap((file) => file.queries as SafetyCase[]);

/**
 * Sets kept unread for the next change: `safetyRows` never judges them, so no figure of theirs (in
 * `npm run bench:relevance` or anywhere else) steers a choice before that change is judged on them, once (then take
 * the name out of this list).
 */
export const KEPT_UNREAD: readonly string[] = [];

/** What one search showed: the needs of its help box, and whether it offered a spelling suggestion. */
export interface Shown {
  needs: readonly Need[];
  suggestion: boolean;
}

export function rightHelp(need: Need, shown: readonly Need[]): boolean {
  const opposite = otherSide(need);
  return shown.includes(need) && !(opposite && shown.includes(opposite));
}

export interface SafetyRow {
  set: string;
  need: string;
  n: number;
  shown: number;
  right: number;
  suggestion: number;
  misses: string[];
}

/** One row per set and need (ordinary queries: `shown` counts the false alarms); sets kept unread are left out. */
export function safetyRows(show: (q: string) => Shown, cases: readonly SafetyCase[] = SAFETY_CASES): SafetyRow[] {
  const judged = cases.filter((c) => !KEPT_UNREAD.includes(c.set));
  const order = [...new Set(judged.map((c) => c.set))];
  const rows = new Map<string, SafetyRow>();
  for (const c of judged) {
    const key = `${c.set}\u0000${c.need}`;
    const row = rows.get(key) ?? { set: c.set, need: c.need, n: 0, shown: 0, right: 0, suggestion: 0, misses: [] };
    rows.set(key, row);
    const { needs, suggestion } = show(c.q);
    row.n++;
    if (needs.length) row.shown++;
    if (needs.length && suggestion) row.suggestion++;
    if (c.need === "none") {
      if (needs.length) row.misses.push(`${c.q} (${needs.join(", ")})`);
    } else if (rightHelp(c.need, needs)) {
      row.right++;
    } else {
      row.misses.push(`${c.q} (${needs.join(", ") || "nothing"})`);
    }
  }
  return [...rows.values()].sort((a, b) => order.indexOf(a.set) - order.indexOf(b.set) || a.need.localeCompare(b.need));
}

const pct = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(1)} %`;

/** The table, and the misses of the sets named in `misses` (never the held-out half's: reading them would tune on them). */
export function printSafetyRows(rows: readonly SafetyRow[], { misses = [] }: { misses?: readonly string[] } = {}) {
  console.log("| set | need | n | help shown | right help | help + \"Did you mean\" |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const r of rows) {
    const right = r.need === "none" ? "–" : pct(r.right, r.n);
    console.log(`| ${r.set} | ${r.need === "none" ? "ordinary (help = false alarm)" : r.need} | ${r.n} | ${pct(r.shown, r.n)} | ${right} | ${r.suggestion} |`);
  }
  for (const r of rows.filter((row) => misses.includes(row.set) && row.set !== "held-out" && row.misses.length)) {
    console.log(`\n${r.set} · ${r.need}: ${r.misses.length} ${r.need === "none" ? "false alarms" : "misses"}\n  ${r.misses.join("\n  ")}`);
  }
}
