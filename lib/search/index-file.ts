/**
 * The index as one file: a magic string and the header's length, a JSON header (documents, terms, vocabulary, safety
 * grammar and model, labels), raw little-endian arrays (postings, body offsets) and the passage texts as UTF-8, each
 * section 4-byte aligned. Loading parses the header and takes the arrays as views of the file's bytes: no copies.
 */
import type { Bm25Index } from "./core";
import { withDerived, type IndexHeader, type SiteIndex, type StoredDoc } from "./site-index";

/** In the build output folder (.next). */
export const INDEX_FILE_NAME = "search-index.bin";

const MAGIC = "SCIX6";

type DocRow = [kind: StoredDoc["kind"], slug: string, anchor: string, title: string, heading: string, questions: string[], tags: StoredDoc["tagSlugs"], stages: StoredDoc["stageSlugs"], advisesContact: 0 | 1];

interface FileHeader extends Omit<IndexHeader, "docs"> {
  docs: DocRow[];
  terms: string[];
  postings: number;
}

const padding = (length: number) => (4 - (length % 4)) % 4;

export function serializeIndex(index: SiteIndex): Buffer {
  const { bm25, synonyms, phrases, words, labels, safety, safetyModel } = index;
  const bodies = index.docs.map((_, doc) => Buffer.from(index.body(doc), "utf8"));
  const bodyStart = new Uint32Array(bodies.length + 1);
  bodies.forEach((body, doc) => (bodyStart[doc + 1] = bodyStart[doc]! + body.length));
  const docs = index.docs.map((d): DocRow => [d.kind, d.slug, d.anchor, d.title, d.heading, d.questions, d.tagSlugs, d.stageSlugs, d.advisesContact ? 1 : 0]);
  const fileHeader: FileHeader = { docs, terms: bm25.terms, postings: bm25.postingDoc.length, synonyms, phrases, words, labels, safety, safetyModel };
  const header = Buffer.from(JSON.stringify(fileHeader));
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 0, "latin1");
  lead.writeUInt32LE(header.length, MAGIC.length);
  const bytes = (array: Uint32Array | Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([
    lead,
    header,
    Buffer.alloc(padding(lead.length + header.length)),
    bytes(bm25.termStart),
    bytes(bm25.postingDoc),
    bytes(bm25.postingImpact),
    bytes(bodyStart),
    ...bodies,
  ]);
}

/** Bytes [start, end) of an index file. */
export type ReadBytes = (start: number, end: number) => Buffer;

/** From its bytes or a reader of them; a reader leaves passage texts (the bulk at scale) on disk until shown. */
export function deserializeIndex(file: Uint8Array | ReadBytes): SiteIndex {
  const read: ReadBytes =
    typeof file === "function" ? file : (start, end) => Buffer.from(file.buffer, file.byteOffset + start, Math.min(end, file.byteLength) - start);
  const lead = read(0, MAGIC.length + 4);
  if (lead.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a search index file (or one from another version)");
  const headerLength = lead.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const header = JSON.parse(read(headerStart, headerStart + headerLength).toString("utf8")) as FileHeader;
  const arraysStart = headerStart + headerLength + padding(headerStart + headerLength);
  const docCount = header.docs.length;
  const arraysLength = 4 * (header.terms.length + 1 + 2 * header.postings + docCount + 1);
  const arrays = read(arraysStart, arraysStart + arraysLength);
  let offset = 0;
  // A view when the bytes are aligned for the type (they are, unless the buffer itself is not), else a copy.
  const take = <T>(Kind: { new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const start = arrays.byteOffset + offset;
    offset += count * Kind.BYTES_PER_ELEMENT;
    return start % Kind.BYTES_PER_ELEMENT === 0
      ? new Kind(arrays.buffer, start, count)
      : new Kind(arrays.buffer.slice(start, start + count * Kind.BYTES_PER_ELEMENT));
  };
  const termStart = take(Uint32Array, header.terms.length + 1);
  const postingDoc = take(Uint32Array, header.postings);
  const postingImpact = take(Float32Array, header.postings);
  const bodyStart = take(Uint32Array, docCount + 1);
  const bodiesStart = arraysStart + arraysLength;
  const { docs: rows, terms, synonyms, phrases, words, labels, safety, safetyModel } = header;
  const docs = rows.map(([kind, slug, anchor, title, heading, questions, tagSlugs, stageSlugs, advisesContact]): StoredDoc => ({ kind, slug, anchor, title, heading, questions, tagSlugs, stageSlugs, advisesContact: advisesContact === 1 }));
  const bm25: Bm25Index = { terms, termStart, postingDoc, postingImpact, docCount };
  const body = (doc: number) => read(bodiesStart + bodyStart[doc]!, bodiesStart + bodyStart[doc + 1]!).toString("utf8");
  return withDerived({ docs, synonyms, phrases, words, labels, safety, safetyModel }, bm25, body);
}
