/**
 * A learned second reader for the safety grammar (lib/safety-grammar.ts): when the grammar finds no
 * need in a query, a small multinomial logistic regression over the query's words may still find one.
 * The grammar reads roles exactly but only knows the sentences it was written against; on wording
 * written blind to it, it misses about one reader in five. The model reads the same words (as the
 * grammar mends their spelling, stemmed as search stems them), the pairs of words side by side in a
 * part of the query, and the grammar's classes of those words, and answers only when it is confident.
 *
 * Trained by `npm run train:safety` (bench/safety-train.ts) into content/safety-model.json; pure here:
 * the weights come in as data (the search index carries them), so nothing reads files.
 */
import { z } from "zod";
import { grammarFeatures, NEEDS, type Need, type ReadWord, type SafetyGrammar } from "./safety-grammar";
import { phraseTerm } from "./text";

/** What the model answers: a need, or none. */
export const MODEL_LABELS = ["none", ...NEEDS] as const;

const row = z.array(z.number().int()).length(MODEL_LABELS.length, `give one weight per label (${MODEL_LABELS.join(", ")})`);

export const safetyModelSchema = z.strictObject({
  /** The labels in the order of each row of weights. */
  labels: z.array(z.string()).refine((labels) => labels.join() === MODEL_LABELS.join(), `must be ${MODEL_LABELS.join(", ")}, in that order`),
  /** How confident the model must be that a query needs help before help is shown (probability, 0–1). */
  threshold: z.number().gt(0).lt(1),
  /** Weights are stored as integers: each is its real value times `scale`. */
  scale: z.number().int().positive(),
  bias: row,
  /** A feature ("u:" a word, "b:" two words side by side, "c:" a class of the grammar) → its weight per label. */
  weights: z.record(z.string().regex(/^[ubc]:\S+$/, "a feature is u:, b: or c: and a word, word pair or class"), row),
});

export type SafetyModel = z.output<typeof safetyModelSchema>;

/** Where the words of a query came from: words as typed, never search's corrections (they change with the site's words). */
const asTyped = (sentences: readonly (readonly ReadWord[])[]): ReadWord[][] => sentences.map((words) => words.map(({ plain }) => ({ plain, corrections: [], edits: 0 })));

/** The features of a query, as the model was trained on them. */
export function modelFeatures(grammar: SafetyGrammar, query: string | readonly (readonly ReadWord[])[]): string[] {
  const read = grammarFeatures(grammar, typeof query === "string" ? query : asTyped(query));
  const terms = read.tokens.map(phraseTerm);
  const features = new Set<string>();
  for (let at = 0; at < terms.length; at++) {
    features.add(`u:${terms[at]}`);
    if (at + 1 < terms.length && read.part[at + 1] === read.part[at]) features.add(`b:${terms[at]}_${terms[at + 1]}`);
    for (const cls of read.classes[at]!) features.add(`c:${cls}`);
  }
  return [...features];
}

/** The probability of each label for a query's features. */
export function labelProbabilities(model: SafetyModel, features: readonly string[]): number[] {
  const scores = model.bias.map((b) => b / model.scale);
  for (const feature of features) {
    const weights = model.weights[feature];
    if (weights) for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]! / model.scale;
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * The likeliest need of a query the model is confident needs help, if any. Confidence is in needing
 * help at all (1 − the probability of none), not in one need: "he put his hands round my neck" is
 * plainly a need, though the model splits it between being hurt and hurting; the likelier side wins.
 */
export function predictNeed(model: SafetyModel, grammar: SafetyGrammar, query: string | readonly (readonly ReadWord[])[]): Need | undefined {
  const p = labelProbabilities(model, modelFeatures(grammar, query));
  let best = 1;
  for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return 1 - p[0]! >= model.threshold ? NEEDS[best - 1] : undefined;
}
