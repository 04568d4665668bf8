// Synthetic content for the scale benchmark: N articles made from the real ones (so the markdown
// has the real shape: headings, section tags and stages, editor's notes), each varied with
// deterministic pseudo-random words so the index vocabulary grows with N as it would with real
// writing. Everything else in the content folder (tags, stages, pages, rules, term lists) is copied
// as it is.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** @param {number} seed */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Single-word entries of the safety vocabulary (content/safety-terms.yaml): a made-up word that is one
 * of them, or starts like a `word*` entry ("monitoro"), would make the content check ask for help links
 * the real passage never needed.
 * @param {string} sourceDir
 */
function safetyWordTest(sourceDir) {
  const file = path.join(sourceDir, "safety-terms.yaml");
  const entries = existsSync(file) ? [...readFileSync(file, "utf8").matchAll(/^\s+- ([a-z]+\*?)\s*$/gm)].map((m) => /** @type {string} */ (m[1])) : [];
  const prefixes = entries.filter((e) => e.endsWith("*")).map((e) => e.slice(0, -1));
  const words = new Set(entries.filter((e) => !e.endsWith("*")));
  return (/** @type {string} */ word) => words.has(word) || prefixes.some((prefix) => word.startsWith(prefix));
}

const SYLLABLES = "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu".split(" ");

/**
 * `count` articles in `targetDir`, made from those in `sourceDir`.
 * @param {string} sourceDir
 * @param {string} targetDir
 * @param {number} count
 */
export function generateContent(sourceDir, targetDir, count) {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(path.join(targetDir, "articles"), { recursive: true });
  for (const entry of readdirSync(sourceDir)) {
    if (entry !== "articles") cpSync(path.join(sourceDir, entry), path.join(targetDir, entry), { recursive: true });
  }
  const originals = readdirSync(path.join(sourceDir, "articles"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ slug: f.slice(0, -3), text: readFileSync(path.join(sourceDir, "articles", f), "utf8") }));
  const random = prng(count);
  const isSafetyWord = safetyWordTest(sourceDir);
  const word = () => {
    for (;;) {
      const made = Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
      if (!isSafetyWord(made)) return made;
    }
  };
  for (let i = 0; i < count; i++) {
    const original = /** @type {{ slug: string, text: string }} */ (originals[i % originals.length]);
    const [, front = "", body = ""] = original.text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const title = (front.match(/^title: (.*)$/m)?.[1] ?? "").replace(/^"|"$/g, "");
    const variedFront = front
      .replace(/^title: .*$/m, `title: "${title.replace(/"/g, "'")} (${i + 1})"`)
      .replace(/^aliases: .*$/m, "aliases: []");
    // One extra sentence of fresh words per paragraph: new vocabulary, same structure.
    const variedBody = body.replace(/^([A-Z][^\n]{40,})$/gm, (/** @type {string} */ line) => `${line} ${Array.from({ length: 8 }, word).join(" ")}.`);
    writeFileSync(path.join(targetDir, "articles", `${original.slug}-${i + 1}.md`), `---\n${variedFront}\n---\n${variedBody}`);
  }
  return targetDir;
}
