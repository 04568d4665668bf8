/**
 * Markdown in two steps, so the loader can check every file before it renders any:
 *
 * - `parseMarkdown` parses with remark and splits the document into its introduction (the text
 *   before the first heading) and one section per heading: the heading's id (github-slugger, the
 *   algorithm GitHub uses, so anchors are predictable for writers), its plain text, an excerpt and
 *   the targets of its links (the safety rules look for /help in the same passage).
 * - `renderHtml` turns one part (the introduction, or a section's text without its heading) into
 *   HTML with remark-html, through hast-util-sanitize: raw HTML in a file is dropped, never rendered.
 *
 * Headings are not part of the HTML: pages render them (with their "#" link and tag chips) in React.
 */
import GithubSlugger from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Blockquote, Definition, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";

/** A run of top-level markdown nodes with what the checks and search need to know about it. */
export interface MarkdownPart {
  nodes: RootContent[];
  /** All plain text of the part, editor's notes included. */
  text: string;
  /** The URL of every markdown link in the part (reference links resolved). */
  links: string[];
}

interface MarkdownSection extends MarkdownPart {
  /** The heading's anchor, unique within the file. */
  id: string;
  heading: string;
  depth: number;
  /** About forty words of the author's prose (editor's notes skipped) for previews. */
  excerpt: string;
}

export interface ParsedMarkdown {
  intro: MarkdownPart;
  sections: MarkdownSection[];
  /** Link reference definitions (`[name]: url`); every part is rendered with all of them. */
  definitions: Definition[];
  wordCount: number;
}

const EDITOR_NOTE = /^editor['’]s note\b/i;
const EXCERPT_WORDS = 40;

/** An editor's note is a blockquote whose first words are a bold "Editor's note:". */
function isEditorNote(node: RootContent): node is Blockquote {
  if (node.type !== "blockquote") return false;
  const first = node.children[0];
  return first?.type === "paragraph" && first.children[0]?.type === "strong" && EDITOR_NOTE.test(toString(first.children[0]));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function firstWords(text: string, limit = EXCERPT_WORDS): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= limit) return words.join(" ");
  return `${words.slice(0, limit).join(" ").replace(/[,;:.!?—-]+$/, "")}…`;
}

const plain = (nodes: RootContent[]) =>
  nodes
    .map((node) => toString(node, { includeImageAlt: false }))
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();

function part(nodes: RootContent[], definitions: Map<string, string>): MarkdownPart {
  const links: string[] = [];
  const root: Root = { type: "root", children: nodes };
  visit(root, (node) => {
    if (node.type === "link") links.push(node.url);
    if (node.type === "linkReference" && definitions.has(node.identifier)) links.push(definitions.get(node.identifier)!);
  });
  return { nodes, text: plain(nodes), links };
}

export function parseMarkdown(markdown: string): ParsedMarkdown {
  const tree = remark().parse(markdown);
  const definitions = tree.children.filter((node): node is Definition => node.type === "definition");
  const urls = new Map(definitions.map((d) => [d.identifier, d.url]));
  const slugger = new GithubSlugger();

  const introNodes: RootContent[] = [];
  const groups: { heading: string; depth: number; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "definition") continue;
    if (node.type === "heading") groups.push({ heading: toString(node).trim(), depth: node.depth, nodes: [] });
    else (groups.at(-1)?.nodes ?? introNodes).push(node);
  }

  const intro = part(introNodes, urls);
  const sections = groups.map(({ heading, depth, nodes }) => ({
    ...part(nodes, urls),
    id: slugger.slug(heading),
    heading,
    depth,
    excerpt: firstWords(plain(nodes.filter((node) => !isEditorNote(node)))),
  }));
  const wordCount = countWords([intro.text, ...sections.map((s) => s.text)].join(" "));
  return { intro, sections, definitions, wordCount };
}

/** Editor's notes render as `<div class="editor-note" role="note">`, a callout the page styles. */
function markEditorNotes() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (isEditorNote(node)) node.data = { ...node.data, hName: "div", hProperties: { className: ["editor-note"], role: "note" } };
    }
  };
}

// GitHub's schema plus the one class and role our editor's notes add.
const sanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "editor-note"], ["role", "note"]],
  },
};

const processor = remark().use(markEditorNotes).use(remarkHtml, { sanitize: sanitizeSchema });

/** Sanitized HTML of one part; empty for a part without nodes (a heading straight after a heading). */
export function renderHtml({ nodes }: Pick<MarkdownPart, "nodes">, definitions: Definition[]): string {
  if (!nodes.length) return "";
  const root: Root = { type: "root", children: [...nodes, ...definitions] };
  return String(processor.stringify(processor.runSync(root) as Root)).trim();
}
