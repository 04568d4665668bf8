/** Builds the search index from the loaded content and writes it where the server reads it (next.config.ts). */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent, type Content } from "../content";
import type { SearchTerms } from "../content/term-lists";
import { grammarWords, NEEDS } from "../safety-grammar";
import { normaliseForSafety, SAFETY_KINDS, safetyPatterns, type SafetyVocabulary } from "../safety-terms";
import { indexTerm, phraseTerm, plainWord, tokenize } from "../text";
import { buildBm25 } from "./core";
import { searchDocuments, type SearchDoc } from "./documents";
import { INDEX_FILE_NAME, serializeIndex } from "./index-file";
import { markerOf, repeatedMarkerOf } from "./safety";
import { withDerived, type IndexHeader, type Phrase, type SiteIndex, type StoredDoc } from "./site-index";

/**
 * How much a match counts in each field. A passage carries its article's title only as `context`, weakly, so a title's
 * words ("talk", "back") do not lift every passage of the article above the one about them. `questions` are what a
 * passage answers in a reader's words (a topic or stage page's description stands for them). `safety` holds a marker
 * per need of a reader in trouble the passage speaks to, so a query with that need puts those passages first.
 */
const FIELD_BOOSTS = { title: 2, context: 0.3, heading: 3, questions: 1.5, tags: 1, body: 1, safety: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
/**
 * A short field counts a word half by its rarity in that field, half across the site: "breakup" or "need" in a
 * heading would otherwise outweigh a passage about what was asked; a heading's own word ("habits") still counts.
 */
const DOCUMENT_IDF: Partial<Record<Field, number>> = { heading: 0.5, questions: 0.5 };

function fieldTexts(doc: SearchDoc, safetyMarkers: string): Record<Field, string> {
  const passage = doc.kind === "passage" && doc.anchor !== "";
  return {
    title: passage ? "" : doc.title,
    context: passage ? doc.title : "",
    heading: doc.heading,
    questions: [...doc.questions, doc.about ?? ""].join(" "),
    tags: doc.tags,
    body: doc.body,
    safety: safetyMarkers,
  };
}

/**
 * Each document's markers: one per need its heading and text speak to, and a second for a need it comes back to (not
 * naming it in passing), which breaks ties between passages that share no words with the query.
 */
function safetyMarkersOf(docs: readonly SearchDoc[], vocabulary: SafetyVocabulary): string[] {
  const patterns = safetyPatterns(vocabulary);
  return docs.map((doc) => {
    const text = normaliseForSafety(`${doc.heading}. ${doc.body}`);
    const times = new Map<string, number>();
    for (const { kind, pattern } of patterns) {
      const found = text.match(pattern)?.length ?? 0;
      for (const need of SAFETY_KINDS[kind].needs) times.set(need, (times.get(need) ?? 0) + found);
    }
    return NEEDS.flatMap((need) => {
      const n = times.get(need) ?? 0;
      return n ? (n > 1 ? [markerOf(need), repeatedMarkerOf(need)] : [markerOf(need)]) : [];
    }).join(" ");
  });
}

/** content/search-terms.yaml as the index carries it: synonyms keyed by stem, phrases by phrase term. */
function readerVocabulary({ topics, general }: SearchTerms) {
  const synonyms: Record<string, string[]> = {};
  const phrases: Phrase[] = [];
  const words: string[] = [];
  for (const entries of [...Object.values(topics), general]) {
    for (const [key, targets] of Object.entries(entries ?? {})) {
      const keyWords = tokenize(key);
      words.push(...keyWords.map(plainWord));
      const stem = keyWords.length > 1 ? keyWords.map(phraseTerm).join(" ") : indexTerm(key);
      // Filler words ("on" in "moving on") are not in the index, so not here either.
      const stems = [...new Set(targets.map(indexTerm).filter((t): t is string => t !== null && t !== stem))];
      if (!stem) continue; // a filler word: the loader refused it
      if (keyWords.length > 1) phrases.push({ words: stem.split(" "), terms: stems });
      else synonyms[stem] = stems;
    }
  }
  return { synonyms, phrases: phrases.sort((a, b) => b.words.length - a.words.length), words };
}

export function buildSiteSearch(content: Content): SiteIndex {
  const docs = searchDocuments(content);
  const markers = safetyMarkersOf(docs, content.safetyVocabulary);
  const bm25 = buildBm25(
    docs.map((doc, i) => {
      const texts = fieldTexts(doc, markers[i]!);
      return FIELDS.map((field) => {
        // Markers are index terms already and weigh the same everywhere (one length), so the query's words decide.
        if (field === "safety") return { terms: texts.safety ? texts.safety.split(" ") : [], length: 1 };
        const tokens = tokenize(texts[field]);
        return { terms: tokens.map(indexTerm).filter((t): t is string => t !== null), length: new Set(tokens).size };
      });
    }),
    FIELDS.map((field) => FIELD_BOOSTS[field]),
    FIELDS.map((field) => DOCUMENT_IDF[field] ?? 0),
  );
  const reader = readerVocabulary(content.searchTerms);
  // The words a misspelt query word may be read as: the site's, the readers', and the safety grammar's.
  const words = new Set([...reader.words, ...grammarWords(content.safetyGrammar)]);
  for (const doc of docs) for (const text of [doc.title, doc.heading, doc.body]) for (const w of tokenize(text)) if (w.length > 2) words.add(plainWord(w));
  const stored = docs.map(({ kind, slug, anchor, title, heading, questions, tagSlugs, stageSlugs, advisesContact }): StoredDoc => ({ kind, slug, anchor, title, heading, questions, tagSlugs, stageSlugs, advisesContact }));
  const header: IndexHeader = {
    docs: stored,
    synonyms: reader.synonyms,
    phrases: reader.phrases,
    words: [...words].sort(),
    labels: { tags: content.tags.map((t) => ({ slug: t.slug, name: t.name })), stages: content.stages.map((s) => ({ slug: s.slug, name: s.title })) },
    safety: content.safetyGrammar,
    safetyModel: content.safetyModel,
  };
  return withDerived(header, bm25, (doc) => docs[doc]!.body);
}

/** Writes the site's index into `distDir`. */
export function writeSearchIndex(distDir: string): void {
  const bytes = serializeIndex(buildSiteSearch(loadContent()));
  mkdirSync(distDir, { recursive: true });
  writeFileSync(path.join(distDir, INDEX_FILE_NAME), bytes);
}
