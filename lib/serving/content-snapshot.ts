/**
 * The content a build was made from, so page workers and the server never parse markdown again. The catalog holds all
 * but the articles' bodies (a small part); the bodies file holds each article's HTML and text as a JSON record, read
 * only when a page asks, so a server keeps in memory only what it renders. The catalog names its build's ETag: a
 * stale file can never stand in for content.
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import type { Article, Content, Passage } from "../content/types";
import { CONTENT_BODIES, CONTENT_CATALOG } from "./content-snapshot-files.mjs";

/** A passage's fields kept out of the catalog, in the order of ArticleBody's tuples (pages never read `questions`: search
 * indexes them at build time). */
const PASSAGE_BODY = ["html", "text", "excerpt", "questions"] as const;

/** What the catalog leaves out, read on demand. */
interface ArticleBody {
  introHtml: string;
  intro: string;
  passages: [string, string, string | null, string[]][];
}

interface Catalog {
  etag: string;
  content: Content;
  /** Byte range of each article's body (same order as `content.articles`) in the bodies file. */
  bodies: [number, number][];
}

export function writeContentSnapshot(distDir: string, content: Content, etag: string): void {
  const fd = openSync(path.join(distDir, CONTENT_BODIES), "w");
  const bodies: [number, number][] = [];
  let offset = 0;
  try {
    for (const article of content.articles) {
      const body: ArticleBody = { introHtml: article.introHtml, intro: article.intro, passages: article.passages.map((p) => [p.html, p.text, p.excerpt, p.questions]) };
      const bytes = Buffer.from(JSON.stringify(body), "utf8");
      writeSync(fd, bytes);
      bodies.push([offset, offset + bytes.length]);
      offset += bytes.length;
    }
  } finally {
    closeSync(fd);
  }
  const articles = content.articles.map((article) => ({
    ...without(article, ["introHtml", "intro"]),
    passages: article.passages.map((passage) => without(passage, [...PASSAGE_BODY])),
  }));
  const catalog = { etag, content: { ...content, articles }, bodies };
  // Written in one go after the bodies, so a reader never finds a catalog without its bodies.
  writeFileSync(path.join(distDir, CONTENT_CATALOG), JSON.stringify(catalog));
}

/** The content of the build `etag` from `distDir`, if its snapshot is there; body fields are read on first use. */
export function readContentSnapshot(distDir: string, etag: string): Content | undefined {
  let catalog: Catalog;
  try {
    catalog = JSON.parse(readFileSync(path.join(distDir, CONTENT_CATALOG), "utf8")) as Catalog;
  } catch {
    return undefined;
  }
  if (catalog.etag !== etag) return undefined;
  const file = path.join(distDir, CONTENT_BODIES);
  let fd: number | undefined;
  // The few articles being rendered now: a page reads one body many times.
  const recent = new LRUCache<number, ArticleBody>({ max: 16 });
  const bodyOf = (index: number): ArticleBody => {
    let body = recent.get(index);
    if (!body) {
      fd ??= openSync(file, "r");
      const [start, end] = catalog.bodies[index]!;
      const bytes = Buffer.alloc(end - start);
      for (let done = 0; done < bytes.length; ) {
        const n = readSync(fd, bytes, done, bytes.length - done, start + done);
        if (n === 0) throw new Error(`${file} ends before the body of article ${index}`);
        done += n;
      }
      body = JSON.parse(bytes.toString("utf8")) as ArticleBody;
      recent.set(index, body);
    }
    return body;
  };
  catalog.content.articles.forEach((article: Article, index) => {
    lazy(article, "introHtml", () => bodyOf(index).introHtml);
    lazy(article, "intro", () => bodyOf(index).intro);
    article.passages.forEach((passage: Passage, at) => {
      PASSAGE_BODY.forEach((key, i) => lazy(passage, key, () => bodyOf(index).passages[at]![i]));
    });
  });
  return catalog.content;
}

function without<T extends object, K extends keyof T>(item: T, keys: K[]): Omit<T, K> {
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy;
}

/** A field read on demand; enumerable, so spreading or serialising the object still includes it. */
function lazy<T extends object>(target: T, key: keyof T & string, get: () => unknown) {
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get });
}
