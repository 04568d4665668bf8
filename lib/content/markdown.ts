/**
 * Markdown → safe HTML, with the facts pages need about the text: heading ids (the same ids our
 * deep links use), a table of contents, passages (the text under each heading) and a word count.
 *
 * remark parses, one pass over the tree assigns ids with github-slugger (the algorithm GitHub uses,
 * so anchors are predictable for writers), and remark-html serialises through hast-util-sanitize:
 * raw HTML in a file is dropped, never rendered.
 */
import GithubSlugger from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Definition, Heading, Link, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";

export interface TocHeading {
  id: string;
  text: string;
  depth: number;
}

interface RenderedPassage {
  id: string;
  heading: string;
  depth: number;
  /** All plain text under the heading up to the next heading, editor's notes included. */
  text: string;
  /** About forty words of the author's prose (editor's notes skipped) for previews. */
  excerpt: string;
  /** The URL of every markdown link in the passage (the safety rules look for /help). */
  links: string[];
}

export interface RenderedMarkdown {
  html: string;
  headings: TocHeading[];
  /** Text before the first heading. */
  intro: string;
  /** The URL of every markdown link before the first heading. */
  introLinks: string[];
  passages: RenderedPassage[];
  wordCount: number;
}

interface HeadingChip {
  href: string;
  label: string;
}

export interface RenderOptions {
  /** Small links shown under a heading (the tags of a passage), looked up by the heading's id. */
  chipsFor?: (id: string) => HeadingChip[];
  /** Add a "link to this section" anchor to every heading (articles do; short pages need not). */
  headingAnchors?: boolean;
}

const EDITOR_NOTE = /^editor['’]s note\b/i;
const EXCERPT_WORDS = 40;

/** The first className rule of an element wins in hast-util-sanitize, so drop GitHub's before adding ours. */
function withoutClassName(rules: NonNullable<Schema["attributes"]>[string] | undefined) {
  return (rules ?? []).filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== "className");
}

// GitHub's schema, minus the `user-content-` id prefix (our ids must match the links we generate)
// and plus the few classes and roles our own transforms add.
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    a: [...withoutClassName(defaultSchema.attributes?.a), ["className", "heading-anchor", "chip"]],
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "editor-note"], ["role", "note"]],
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "section-chips"]],
  },
};

function isEditorNote(node: RootContent): boolean {
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

/** Link targets in `nodes`, reference-style links resolved through the file's definitions. */
function linkUrls(nodes: RootContent[], definitions: Map<string, string>): string[] {
  const urls: string[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === "link") urls.push(node.url);
    if (node.type === "linkReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) urls.push(url);
    }
    if ("children" in node) for (const child of node.children) visit(child as RootContent);
  };
  nodes.forEach(visit);
  return urls;
}

function anchorLink(id: string, text: string): Link {
  return {
    type: "link",
    url: `#${id}`,
    children: [{ type: "text", value: "#" }],
    data: { hProperties: { className: ["heading-anchor"], ariaLabel: `Link to section: ${text}` } },
  };
}

function chipsParagraph(chips: HeadingChip[]): Paragraph {
  const children: Paragraph["children"] = [];
  for (const chip of chips) {
    if (children.length) children.push({ type: "text", value: " " });
    children.push({
      type: "link",
      url: chip.href,
      children: [{ type: "text", value: chip.label }],
      data: { hProperties: { className: ["chip"] } },
    });
  }
  return { type: "paragraph", children, data: { hProperties: { className: ["section-chips"] } } };
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const processor = remark().use(remarkHtml, { sanitize: sanitizeSchema });
  const tree = processor.parse(markdown) as Root;
  const slugger = new GithubSlugger();
  const definitions = new Map(
    tree.children.filter((node): node is Definition => node.type === "definition").map((node) => [node.identifier, node.url]),
  );

  const headings: TocHeading[] = [];
  const passages: RenderedPassage[] = [];
  const introNodes: RootContent[] = [];
  let current: { heading: TocHeading; nodes: RootContent[] } | undefined;

  const closePassage = () => {
    if (!current) return;
    const prose = current.nodes.filter((node) => !isEditorNote(node));
    const { id, text: heading, depth } = current.heading;
    passages.push({ id, heading, depth, text: plain(current.nodes), excerpt: firstWords(plain(prose)), links: linkUrls(current.nodes, definitions) });
  };

  const output: RootContent[] = [];
  for (const node of tree.children) {
    output.push(node);
    if (node.type === "heading") {
      closePassage();
      const text = toString(node).trim();
      const heading: TocHeading = { id: slugger.slug(text), text, depth: node.depth };
      headings.push(heading);
      current = { heading, nodes: [] };
      decorateHeading(node, heading, options, output);
      continue;
    }
    if (isEditorNote(node)) {
      node.data = { ...node.data, hName: "div", hProperties: { className: ["editor-note"], role: "note" } };
    }
    (current ? current.nodes : introNodes).push(node);
  }
  closePassage();
  tree.children = output;

  const html = String(processor.stringify(processor.runSync(tree) as Root));
  const intro = plain(introNodes);
  const wordCount = countWords([intro, ...passages.map((p) => p.text)].join(" "));
  return { html, headings, intro, introLinks: linkUrls(introNodes, definitions), passages, wordCount };
}

function decorateHeading(node: Heading, heading: TocHeading, options: RenderOptions, output: RootContent[]): void {
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: heading.id } };
  if (options.headingAnchors) node.children.push(anchorLink(heading.id, heading.text));
  const chips = options.chipsFor?.(heading.id) ?? [];
  if (chips.length) output.push(chipsParagraph(chips));
}
