/**
 * Trains the safety model (lib/safety-model.ts), the second reader beside the safety grammar, and
 * writes its weights to content/safety-model.json:
 *
 *   npm run train:safety
 *
 * It learns from every set but the held-out half of bench/safety-queries.json and developments 13 and 22:
 * the tuning half, the development sets 1–12 and 14–21, half of the ordinary breakup queries and the
 * project's phrasings. Developments 4 to 12 and 14 to 21 each measured it once, blind, before it
 * learned from them. How it was chosen (features, regularisation, threshold, by leaving one set out
 * at a time): bench/README.md. Deterministic (full-batch training from zero weights, in the sets'
 * order), so a test checks the committed file is a fresh training.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readTermLists } from "../lib/content/term-lists";
import type { SafetyGrammar } from "../lib/safety-grammar";
import { MODEL_LABELS, modelFeatures, type SafetyModel } from "../lib/safety-model";
import { SAFETY_CASES } from "./safety-judge";

/** The sets it learns from. */
export const TRAINING_SETS = ["tuning", "development", "development 2", "development 3", "development 4", "development 5", "development 6", "development 7", "development 8", "development 9", "development 10", "development 11", "development 12", "development 14", "development 15", "development 16", "development 17", "development 18", "development 19", "development 20", "development 21", "ordinary", "project phrasings"];

/** Chosen by leaving one set out at a time (bench/README.md, 6 December 2026). */
const TRAINING = {
  /** A feature must be seen in this many queries to count (fewer: the model is smaller and learns no one query by heart). */
  minCount: 2,
  /**
   * L2 penalty on the weights. Small: the 200 epochs already stop the weights growing far, and the three rules
   * below (threshold, noneBelow, ordinaryAbove) do better on sets left out with a sharper model.
   */
  l2: 1e-5,
  /** An ordinary query's error counts double: a false alarm costs more than a miss the grammar may still catch. */
  noneWeight: 2,
  epochs: 200,
  rate: 0.5,
  /**
   * Help from the model at this probability or more. Lower gives more right help on the sets left out, where most
   * queries need help, and more help boxes on plain breakup searches (the search sets, never learned from). A missed
   * reader costs more than a calm help box, so this is the lowest of 0.7, 0.75, 0.8 and 0.85 that leaves help boxes on
   * at most 15 of the 388 search-set queries, a point under the 5 % goal (figures in bench/README.md).
   */
  threshold: 0.85,
  /**
   * Or when "none" is this unlikely, though the need is less certain: a reader who is plainly in trouble gets the
   * likeliest help. No more false alarms on sets left out; higher, and plain breakup queries begin to get help.
   */
  noneBelow: 0.05,
  /**
   * And a query it finds ordinary at this probability or more gets no help, whatever the grammar reads (figures of
   * speech the grammar's guards do not know), unless the grammar reads a life at risk (lib/search/safety.ts): on the
   * sets left out, silencing took help from readers who wrote "suicidal" in a question. 0.9 spares ordinary queries
   * the most help boxes for the fewest readers in need who lose one.
   */
  ordinaryAbove: 0.9,
  /** Weights kept to two decimals. */
  scale: 100,
  /**
   * A feature whose every weight is this small or smaller (in hundredths) is left out: it moves no probability by more
   * than a point or two, and leaving out the 500-odd such features keeps the file within its budget.
   */
  negligible: 2,
};

export function trainSafetyModel(grammar: SafetyGrammar): SafetyModel {
  const cases = SAFETY_CASES.filter((c) => TRAINING_SETS.includes(c.set));
  const K = MODEL_LABELS.length;
  const examples = cases.map((c) => ({ features: modelFeatures(grammar, c.q), label: MODEL_LABELS.indexOf(c.need) }));
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= TRAINING.minCount).map(([f]) => f);
  const column = new Map(vocabulary.map((f, j) => [f, j]));
  const rows = examples.map(({ features, label }) => ({ label, columns: features.flatMap((f) => (column.has(f) ? [column.get(f)!] : [])) }));

  // Softmax regression, full batch, Adagrad steps.
  const D = vocabulary.length;
  const W = new Float64Array(D * K);
  const b = new Float64Array(K);
  const sumW = new Float64Array(D * K).fill(1e-8);
  const sumB = new Float64Array(K).fill(1e-8);
  const gradW = new Float64Array(D * K);
  const gradB = new Float64Array(K);
  const p = new Float64Array(K);
  const N = rows.length;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    gradW.fill(0);
    gradB.fill(0);
    for (const { label, columns } of rows) {
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = b[k]!;
        for (const j of columns) s += W[j * K + k]!;
        p[k] = s;
        max = Math.max(max, s);
      }
      let z = 0;
      for (let k = 0; k < K; k++) z += p[k] = Math.exp(p[k]! - max);
      const weight = label === 0 ? TRAINING.noneWeight : 1;
      for (let k = 0; k < K; k++) {
        const g = ((p[k]! / z - (label === k ? 1 : 0)) * weight) / N;
        gradB[k]! += g;
        for (const j of columns) gradW[j * K + k]! += g;
      }
    }
    for (let i = 0; i < D * K; i++) {
      const g = gradW[i]! + TRAINING.l2 * W[i]!;
      sumW[i]! += g * g;
      W[i]! -= (TRAINING.rate * g) / Math.sqrt(sumW[i]!);
    }
    for (let k = 0; k < K; k++) {
      sumB[k]! += gradB[k]! * gradB[k]!;
      b[k]! -= (TRAINING.rate * gradB[k]!) / Math.sqrt(sumB[k]!);
    }
  }

  const round = (w: number) => Math.round(w * TRAINING.scale) + 0;
  const weights: Record<string, number[]> = {};
  for (const f of [...vocabulary].sort()) {
    const j = column.get(f)!;
    const row = Array.from({ length: K }, (_, k) => round(W[j * K + k]!));
    if (row.some((w) => Math.abs(w) > TRAINING.negligible)) weights[f] = row;
  }
  return { labels: [...MODEL_LABELS], threshold: TRAINING.threshold, noneBelow: TRAINING.noneBelow, ordinaryAbove: TRAINING.ordinaryAbove, scale: TRAINING.scale, bias: Array.from(b, round), weights };
}

/** The file as written: one feature a line, so a retraining's diff can be read. */
export function modelFileText(model: SafetyModel): string {
  const { weights, ...head } = model;
  const lines = Object.entries(weights).map(([f, row]) => `    ${JSON.stringify(f)}: ${JSON.stringify(row)}`);
  const top = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return `{\n${top.join("\n")}\n  "weights": {\n${lines.join(",\n")}\n  }\n}\n`;
}

function main() {
  const root = path.join(import.meta.dirname, "..");
  const problems: string[] = [];
  const { safetyGrammar } = readTermLists(path.join(root, "content"), problems);
  if (!safetyGrammar) throw new Error(problems.join("\n"));
  const started = performance.now();
  const model = trainSafetyModel(safetyGrammar);
  const text = modelFileText(model);
  writeFileSync(path.join(root, "content/safety-model.json"), text);
  console.log(`content/safety-model.json: ${Object.keys(model.weights).length} features, ${text.length} bytes, trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1]?.endsWith("safety-train.ts")) main();
