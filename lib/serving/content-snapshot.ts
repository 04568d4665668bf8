/**
 * The content a build was made from, as the build's own file, so that nothing after the first read of
 * content/ parses markdown again: the build's page workers and the server (which renders the long tail
 * of articles and listing pages on their first request) read this instead.
 *
 * Two files in the build folder. `content-catalog.json` holds everything but the articles' bodies:
 * front matter, every passage's heading, tags and stages, and the tags, stages and pages whole. That is
 * what listings, related articles, the sitemap and the feed's order need, a small part of the whole.
 * `content-bodies.bin` holds each article's HTML and text, one JSON record each, read from disk only
 * when a page asks for them, so a server keeps in memory only what it is rendering.
 *
 * The catalog names the build it belongs to (its ETag, which is a hash of everything the build was made
 * from): a process only uses a catalog of its own build, so a stale file can never stand in for content.
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import type { Article, Content, Passage } from "../content/types";
import { CONTENT_BODIES, CONTENT_CATALOG } from "./content-snapshot-files.mjs";

const CATALOG = CONTENT_CATALOG;
const BODIES = CONTENT_BODIES;

/** What is left out of the catalog: an article's introduction and every passage's text, read on demand. */
interface ArticleBody {
  introHtml: string;
  intro: string;
  /** [html, text, excerpt] of each passage, in order. */
  passages: [string, string, string | null][];
}

interface Catalog {
  etag: string;
  content: Content;
  /** Byte range of each article's body (same order as `content.articles`) in the bodies file. */
  bodies: [number, number][];
}

/** Writes the snapshot of `content` for the build `etag` into `distDir`. */
export function writeContentSnapshot(distDir: string, content: Content, etag: string): void {
  const fd = openSync(path.join(distDir, BODIES), "w");
  const bodies: [number, number][] = [];
  let offset = 0;
  try {
    for (const article of content.articles) {
      const body: ArticleBody = { introHtml: article.introHtml, intro: article.intro, passages: article.passages.map((p) => [p.html, p.text, p.excerpt]) };
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
    passages: article.passages.map((passage) => without(passage, ["html", "text", "excerpt"])),
  }));
  const catalog = { etag, content: { ...content, articles }, bodies };
  // Written in one go after the bodies, so a reader never finds a catalog without its bodies.
  writeFileSync(path.join(distDir, CATALOG), JSON.stringify(catalog));
}

/** Parsed bodies of the few articles being rendered now (a page reads one body many times). */
const RECENT_BODIES = 16;

/**
 * The content of the build `etag` from the build folder `distDir`, or undefined when there is no
 * snapshot of that build there. Each article's body fields are read from disk on first use.
 */
export function readContentSnapshot(distDir: string, etag: string): Content | undefined {
  let catalog: Catalog;
  try {
    catalog = JSON.parse(readFileSync(path.join(distDir, CATALOG), "utf8")) as Catalog;
  } catch {
    return undefined;
  }
  if (catalog.etag !== etag) return undefined;
  const file = path.join(distDir, BODIES);
  let fd: number | undefined;
  const recent = new LRUCache<number, ArticleBody>({ max: RECENT_BODIES });
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
      lazy(passage, "html", () => bodyOf(index).passages[at]![0]);
      lazy(passage, "text", () => bodyOf(index).passages[at]![1]);
      lazy(passage, "excerpt", () => bodyOf(index).passages[at]![2]);
    });
  });
  return catalog.content;
}

/** A shallow copy of `item` without the fields `keys`. */
function without<T extends object, K extends keyof T>(item: T, keys: K[]): Omit<T, K> {
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy;
}

/** A field read on demand; enumerable, so spreading or serialising the object still includes it. */
function lazy<T extends object>(target: T, key: keyof T & string, get: () => string | null) {
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get });
}
