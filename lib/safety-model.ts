/**
 * A learned second reader for lib/safety-grammar.ts: a small multinomial logistic regression that names one need
 * beside what the grammar finds, when it is sure of that need or sure that the query is not an ordinary one, and
 * silences the grammar when it is sure the query is ordinary (a figure of speech read literally), unless the grammar
 * reads a life at risk (lib/search/safety.ts). The grammar reads roles exactly but only knows the sentences it was
 * written against (it misses about one reader in five on wording written blind to it). The model reads the same
 * words (as the grammar mends them, stemmed as search does), word pairs within a part of the query, and the
 * grammar's classes. Trained by `npm run train:safety` into content/safety-model.json.
 */
import { z } from "zod";
import { grammarFeatures, NEEDS, type Need, type Query, type SafetyGrammar } from "./safety-grammar";
import { phraseTerm } from "./text";

/** What the model answers: a need, or none. */
export const MODEL_LABELS = ["none", ...NEEDS] as const;

const row = z.array(z.number().int()).length(MODEL_LABELS.length, `give one weight per label (${MODEL_LABELS.join(", ")})`);

export const safetyModelSchema = z
  .strictObject({
    /** The labels in the order of each row of weights. */
    labels: z.array(z.string()).refine((labels) => labels.join() === MODEL_LABELS.join(), `must be ${MODEL_LABELS.join(", ")}, in that order`),
    /** How confident (probability, 0–1) the model must be in one need before help is shown. */
    threshold: z.number().gt(0).lt(1),
    /** Or how unlikely it must find "none": then some help is needed, and the likeliest need is shown. */
    noneBelow: z.number().gt(0).lt(1),
    /** How likely it must find "none" to call a query ordinary, whatever the grammar reads in it. */
    ordinaryAbove: z.number().gt(0).lt(1),
    /** Weights are stored as integers: each is its real value times `scale`. */
    scale: z.number().int().positive(),
    bias: row,
    /** A feature ("u:" a word, "b:" two words side by side, "c:" a class of the grammar) → its weight per label. */
    weights: z.record(z.string().regex(/^[ubc]:\S+$/, "a feature is u:, b: or c: and a word, word pair or class"), row),
  })
  // A query must not be both sure of a need and surely ordinary, nor both "help needed" and ordinary.
  .refine((m) => m.threshold + m.ordinaryAbove > 1 && m.noneBelow < m.ordinaryAbove, {
    message: "threshold + ordinaryAbove must exceed 1, and noneBelow must be below ordinaryAbove",
    path: ["ordinaryAbove"],
  });

export type SafetyModel = z.output<typeof safetyModelSchema>;

/** A query's features as the model was trained on them: words as typed (search's corrections change with the site). */
export function modelFeatures(grammar: SafetyGrammar, query: Query): string[] {
  const typed = typeof query === "string" ? query : query.map((words) => words.map(({ plain }) => ({ plain, corrections: [], edits: 0 })));
  const read = grammarFeatures(grammar, typed);
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
 * What the model is sure of in a query: a need (`certain` when sure of that need itself, not only that some help is
 * needed, the likeliest then), or that the query is ordinary.
 */
export function modelReading(model: SafetyModel, grammar: SafetyGrammar, query: Query): { need?: Need; certain: boolean; ordinary: boolean } {
  const p = labelProbabilities(model, modelFeatures(grammar, query));
  let best = 1;
  for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const certain = p[best]! >= model.threshold;
  return { need: certain || p[0]! < model.noneBelow ? NEEDS[best - 1] : undefined, certain, ordinary: p[0]! >= model.ordinaryAbove };
}
