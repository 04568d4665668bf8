/**
 * The search core as a library (lib/search/core, through its index only): sorted-term lookups, top-k
 * selection and BM25 scoring, each checked against a plain reference implementation (a full sort, a
 * brute-force edit distance, the formula).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildBm25, closest, expand, forEachWithin, hasTerm, indexOf, LIMITS, lowerBound, prefixRange, Scorer, topK, type FieldInput } from "@/lib/search/core";

/**
 * Plain edit distance, the reference for forEachWithin: insert, delete, substitute, and with `swaps`
 * a swap of two neighbouring letters as one edit (optimal string alignment), from the full table.
 */
function editDistance(a: string, b: string, swaps = false): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom(..."abcdeéz"), minLength: 1, maxLength: 7 });
const sortedWords = fc.uniqueArray(word, { maxLength: 60 }).map((words) => words.sort());

describe("sorted terms", () => {
  test("exact and prefix lookups agree with a linear scan", () => {
    fc.assert(
      fc.property(sortedWords, word, (words, probe) => {
        expect(indexOf(words, probe)).toBe(words.indexOf(probe));
        const [start, end] = prefixRange(words, probe);
        expect(words.slice(start, end)).toEqual(words.filter((w) => w.startsWith(probe)));
        expect(lowerBound(words, probe)).toBe(words.filter((w) => w < probe).length);
      }),
    );
  });

  test("every word within the edit distance is found, with its distance, and no other", () => {
    fc.assert(
      fc.property(sortedWords, word, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (words, query, max, fixed, swaps) => {
        const found = new Map<string, number>();
        forEachWithin(words, query, max, (i, distance) => found.set(words[i]!, distance), fixed, swaps);
        const expected = new Map(
          words.map((w) => [w, editDistance(w, query, swaps)] as const).filter(([w, d]) => d <= max && w.startsWith(query.slice(0, fixed))),
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  test("a word ending in * is as far as the closest start of the query", () => {
    fc.assert(
      fc.property(sortedWords, word, fc.integer({ min: 0, max: 2 }), (stems, query, max) => {
        const starred = stems.map((w) => `${w}*`);
        const found = new Map<string, number>();
        forEachWithin(starred, query, max, (i, distance) => found.set(starred[i]!, distance));
        const expected = new Map(
          stems
            .map((w) => [`${w}*`, Math.min(...Array.from({ length: query.length + 1 }, (_, n) => editDistance(w, query.slice(0, n))))] as const)
            .filter(([, d]) => d <= max),
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test("closest: the fewest edits win; a word of the list, a short word or nothing near gives no correction", () => {
    const words = ["apology", "apologies", "space", "spade", "suicid*"].sort();
    const options = { minLength: 4, twoEditsFrom: 7 };
    expect(closest("apolgy", words, options)).toEqual({ words: ["apology"], distance: 1 });
    expect(closest("spave", words, options)).toEqual({ words: ["space", "spade"], distance: 1 });
    expect(closest("space", words, options)).toEqual({ words: ["space"], distance: 0 });
    expect(closest("suicidel", words, options)).toEqual({ words: ["suicid*"], distance: 0 });
    expect(closest("suacidal", words, options)).toEqual({ words: ["suicid*"], distance: 1 });
    expect(closest("spc", words, options)).toBeUndefined();
    expect(closest("zebra", words, options)).toBeUndefined();
    // One edit below seven letters: "apolgis" (7) reaches "apologies" by two.
    expect(closest("aplgy", words, options)).toBeUndefined();
    expect(closest("apolgis", words, options)?.words).toEqual(["apologies"]);
  });

  test("a swap of two neighbouring letters is one edit only when asked", () => {
    const distances = (swaps: boolean) => {
      const found: number[] = [];
      forEachWithin(["blocked"], "blokced", 2, (_, distance) => found.push(distance), 0, swaps);
      return found;
    };
    expect(distances(true)).toEqual([1]);
    expect(distances(false)).toEqual([2]);
  });
});

describe("top-k", () => {
  test("picks the same k as a full sort (score descending, then id ascending)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (scores, k) => {
        const ids = scores.map((_, i) => i);
        const expected = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
        expect(topK(ids, ids.length, k, (id) => scores[id]!)).toEqual(expected);
      }),
    );
  });
});

/** One-field documents: each string is the document's terms. */
const docsOf = (...texts: string[]): FieldInput[][] => texts.map((text) => [{ terms: text.split(" "), length: new Set(text.split(" ")).size }]);

function rank(index: ReturnType<typeof buildBm25>, specs: Parameters<typeof expand>[1]): number[] {
  const matches = new Scorer(index).score(expand(index, specs));
  return topK(matches.docs, matches.count, 100, (doc) => matches.scores[doc]!);
}

describe("BM25 scoring", () => {
  test("postings list every (term, document) pair once, documents ascending", () => {
    const index = buildBm25(docsOf("a b a", "b c", "c a"), [1]);
    expect(index.terms).toEqual(["a", "b", "c"]);
    expect([...index.postingDoc.subarray(index.termStart[0], index.termStart[1])]).toEqual([0, 2]);
    expect(hasTerm(index, 1, 1)).toBe(true);
    expect(hasTerm(index, 1, 2)).toBe(false);
  });

  test("more occurrences rank higher; a rarer term weighs more; a shorter field beats a longer one", () => {
    const index = buildBm25(docsOf("cat cat dog", "cat dog", "dog dog", "cat dog bird fish"), [1]);
    expect(rank(index, [{ term: "cat", word: 0 }])).toEqual([0, 1, 3]);
    // "cat" is in three documents, "dog" in all four: for the two-word query, the cat-heavy one wins.
    expect(rank(index, [{ term: "cat", word: 0 }, { term: "dog", word: 1 }])[0]).toBe(0);
  });

  test("a document matching more query words is multiplied ahead (MiniSearch's quality factor)", () => {
    const index = buildBm25(docsOf("red red red red", "red flag"), [1]);
    expect(rank(index, [{ term: "red", word: 0 }])[0]).toBe(0);
    expect(rank(index, [{ term: "red", word: 0 }, { term: "flag", word: 1 }])[0]).toBe(1);
  });

  test("a boosted field outweighs the same words in a plain one", () => {
    const docs: FieldInput[][] = [
      [{ terms: ["apolog"], length: 1 }, { terms: ["other"], length: 1 }],
      [{ terms: ["other"], length: 1 }, { terms: ["apolog"], length: 1 }],
    ];
    expect(rank(buildBm25(docs, [3, 1]), [{ term: "apolog", word: 0 }])).toEqual([0, 1]);
    expect(rank(buildBm25(docs, [1, 3]), [{ term: "apolog", word: 0 }])).toEqual([1, 0]);
  });

  test("a field may take its idf from whole documents: a word common in the bodies then weighs little in it", () => {
    // "ex" is in every body but in one heading only; "habit" is in one heading and one body.
    const docs: FieldInput[][] = [
      [{ terms: ["ex"], length: 1 }, { terms: ["ex", "habit"], length: 2 }],
      [{ terms: ["habit"], length: 1 }, { terms: ["ex"], length: 1 }],
      [{ terms: [], length: 0 }, { terms: ["ex"], length: 1 }],
      [{ terms: [], length: 0 }, { terms: ["ex"], length: 1 }],
    ];
    const headingImpact = (documentIdf: number[], term: string, doc: number) => {
      const index = buildBm25(docs, [1, 0], documentIdf);
      const matches = new Scorer(index).score(expand(index, [{ term, word: 0 }]));
      return matches.scores[doc]!;
    };
    // Within headings alone both words are equally rare; over whole documents "ex" is everywhere.
    expect(headingImpact([], "ex", 0)).toBeCloseTo(headingImpact([], "habit", 1), 5);
    expect(headingImpact([1], "ex", 0)).toBeLessThan(headingImpact([1], "habit", 1) / 2);
    const half = headingImpact([0.5], "ex", 0);
    expect(half).toBeLessThan(headingImpact([0], "ex", 0));
    expect(half).toBeGreaterThan(headingImpact([1], "ex", 0));
  });

  test("prefix expansions match, below the exact word, and stay within their limit", () => {
    const index = buildBm25(docsOf("apolog", "apologet", "apoloh", "other"), [1]);
    expect(rank(index, [{ term: "apolog", word: 0, prefix: true }])).toEqual([0, 1]);
    const many = buildBm25(docsOf(...Array.from({ length: 200 }, (_, i) => `ab${i}`)), [1]);
    expect(expand(many, [{ term: "ab", word: 0, prefix: true }])).toHaveLength(LIMITS.prefixTerms);
  });

  test("a scorer reuses its buffers: a second query does not see the first one's matches", () => {
    const index = buildBm25(docsOf("a", "b", "a b"), [1]);
    const scorer = new Scorer(index);
    expect(scorer.score(expand(index, [{ term: "a", word: 0 }])).count).toBe(2);
    const second = scorer.score(expand(index, [{ term: "b", word: 0 }]));
    expect([...second.docs.subarray(0, second.count)].sort()).toEqual([1, 2]);
  });

  test("broad and narrow queries score alike, one after another (the scorer's two ways to accumulate)", () => {
    // 400 documents: "common" is in every one (a broad query), "rare" in two (a narrow one).
    const texts = Array.from({ length: 400 }, (_, i) => `common w${i % 7}${i % 150 === 3 ? " rare" : ""}${i % 3 ? " common" : ""}`);
    const index = buildBm25(docsOf(...texts), [1]);
    const scorer = new Scorer(index);
    const reference = (specs: { term: string; word: number }[]) => {
      const expected = new Map<number, number>();
      texts.forEach((_, doc) => {
        let score = 0;
        const words = new Set<number>();
        for (const { termIndex, weight, word } of expand(index, specs)) {
          if (!hasTerm(index, termIndex, doc)) continue;
          const p = [...index.postingDoc.subarray(index.termStart[termIndex], index.termStart[termIndex + 1])].indexOf(doc);
          score += weight * index.postingImpact[index.termStart[termIndex]! + p]!;
          words.add(word);
        }
        if (words.size) expected.set(doc, score * words.size);
      });
      return expected;
    };
    const queries = [[{ term: "rare", word: 0 }], [{ term: "common", word: 0 }, { term: "w3", word: 1 }], [{ term: "rare", word: 0 }, { term: "w3", word: 1 }], [{ term: "w5", word: 0 }]];
    for (const specs of [...queries, ...queries]) {
      const matches = scorer.score(expand(index, specs));
      const found = new Map([...matches.docs.subarray(0, matches.count)].map((doc) => [doc, matches.scores[doc]!]));
      const expected = reference(specs);
      expect([...found.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const [doc, score] of expected) expect(found.get(doc)).toBeCloseTo(score, 4);
    }
  });
});

describe("weights of a query's terms", () => {
  test("a term that stands in for the reader's word counts by its weight, in the same word", () => {
    const index = buildBm25(docsOf("sorry", "apolog"), [1]);
    const matches = new Scorer(index).score(expand(index, [{ term: "sorry", word: 0 }, { term: "apolog", word: 0, weight: 0.5 }]));
    expect(matches.scores[1]! / matches.scores[0]!).toBeCloseTo(0.5, 5);
  });
});
