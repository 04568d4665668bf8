/**
 * Markdown in two steps, so the loader can check every file before it renders any. `parseMarkdown` resolves the
 * directives (`::rule{name="…"}`, `::contact-gate`, `::crisis-lines`) and splits the document into its introduction
 * and one section per heading, with ids from github-slugger (GitHub's algorithm, so writers can predict anchors)
 * and the links the safety checks look for. `renderHtml` renders one part through hast-util-sanitize, so raw HTML
 * is dropped, never rendered. Headings are not in the HTML: pages render them (with "#" link and tag chips).
 */
import GithubSlugger from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Blockquote, Definition, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkDirective from "remark-directive";
import remarkHtml from "remark-html";
import { SKIP, visit } from "unist-util-visit";
import { tokenize } from "../text";
import { CONTACT_GATE } from "./contact-gate";

/** A run of top-level markdown nodes with what the checks and search need to know about it. */
export interface MarkdownPart {
  nodes: RootContent[];
  /** The author's plain text of the part, editor's notes included; placed rules and generated lists left out. */
  text: string;
  /** The plain text of the rules the part places, as a reader sees them in their boxes (search). */
  placedText: string;
  /** The URL of every markdown link in the part (reference links resolved), placed rules' links included. */
  links: string[];
  /** The names of the safety rules the part places, the contact gate's included. */
  rules: string[];
  /** The part shows the contact gate (placed by the build, or by the writer with `::contact-gate`). */
  gate: boolean;
}

/** A safety rule as other files place it: its title and its parsed body. */
export interface RuleBody {
  title: string;
  nodes: RootContent[];
}

/** What directives resolve against, and where their problems go. */
export interface DirectiveContext {
  /** The rules `::rule{name="…"}` may place (none while the rule files themselves are parsed). */
  rules: ReadonlyMap<string, RuleBody>;
  crisisLines: () => RootContent[];
  /** Reports a problem at a 1-based line of the markdown. */
  problem: (line: number, message: string) => void;
}

const NO_DIRECTIVES: DirectiveContext = { rules: new Map(), crisisLines: () => [], problem: () => {} };

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

function firstWords(text: string, limit = EXCERPT_WORDS): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= limit) return words.join(" ");
  return `${words.slice(0, limit).join(" ").replace(/[,;:.!?—-]+$/, "")}…`;
}

/** Nodes the author did not write here: a placed rule, the contact gate, or lines generated from the help data. */
const isPlaced = (node: RootContent) => Boolean(node.data && ("safetyRule" in node.data || "contactGate" in node.data || "generated" in node.data));

const isGate = (node: RootContent) => Boolean(node.data && "contactGate" in node.data);

/** The name of the safety rule `node` places, if it is one. */
const ruleOf = (node: RootContent) => (node.data && "safetyRule" in node.data ? String(node.data.safetyRule) : undefined);

const plain = (nodes: RootContent[]) =>
  nodes
    .filter((node) => !isPlaced(node))
    .map((node) => toString(node, { includeImageAlt: false }))
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();

/** The text of the placed rules among `nodes`, block by block (toString alone would run blocks together). */
function placedText(nodes: RootContent[]): string {
  const blocks: string[] = [];
  for (const node of nodes) {
    if (ruleOf(node) === undefined) continue;
    visit(node, (inner) => {
      if (inner.type !== "paragraph" && inner.type !== "heading" && inner.type !== "tableCell") return;
      blocks.push(toString(inner, { includeImageAlt: false }));
      return SKIP;
    });
  }
  return blocks.join(" ").replace(/\s+/g, " ").trim();
}

function part(nodes: RootContent[], definitions: Definition[]): MarkdownPart {
  const links: string[] = [];
  const urls = new Map(definitions.map((d) => [d.identifier, d.url]));
  const root: Root = { type: "root", children: nodes };
  visit(root, (node) => {
    if (node.type === "link") links.push(node.url);
    if (node.type === "linkReference" && urls.has(node.identifier)) links.push(urls.get(node.identifier)!);
  });
  const rules = nodes.flatMap((node) => (isGate(node) ? [...CONTACT_GATE.rules] : (ruleOf(node) ?? [])));
  return { nodes, text: plain(nodes), placedText: placedText(nodes), links, rules, gate: nodes.some(isGate) };
}

const parser = remark().use(remarkDirective);

/** A placed rule: a marked box with the rule's title and its own words, the same on every page. */
function placedRule(name: string, rule: RuleBody): RootContent {
  return {
    type: "blockquote",
    children: [{ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: rule.title }] }] }, ...(structuredClone(rule.nodes) as Blockquote["children"])],
    data: { safetyRule: name, hName: "div", hProperties: { className: ["safety-rule"], role: "note" } },
  } as RootContent;
}

/**
 * The contact gate as one `<details>` box: its title and conditions as summary, then its lead and its rules. Folded
 * where the section above already shows it (the summary still gives every condition). Undefined if a rule is missing.
 */
function contactGate(context: DirectiveContext, line: number, folded = false): RootContent | undefined {
  const missing = CONTACT_GATE.rules.filter((name) => !context.rules.has(name));
  if (missing.length) {
    context.problem(line, context.rules.size ? `the contact gate needs the rule "${missing[0]}", which is missing` : "a rule cannot place the contact gate");
    return undefined;
  }
  const text = (value: string) => ({ type: "text", value }) as const;
  return {
    type: "blockquote",
    children: [
      { type: "paragraph", children: [{ type: "strong", children: [text(`${CONTACT_GATE.title}.`)] }, text(` ${CONTACT_GATE.conditions}`)], data: { hName: "summary" } },
      { type: "paragraph", children: [text(CONTACT_GATE.lead)] },
      ...CONTACT_GATE.rules.map((name) => placedRule(name, context.rules.get(name)!)),
    ],
    data: { contactGate: true, hName: "details", hProperties: { className: [CONTACT_GATE.className], open: !folded } },
  } as RootContent;
}

/** Replaces the three directives with what they stand for; any other is a problem: a typo never renders as nothing. */
function resolveDirectives(tree: Root, context: DirectiveContext): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== "leafDirective") return [node];
    const line = node.position?.start.line ?? 0;
    if (node.name === "crisis-lines") return context.crisisLines().map((generated) => ({ ...generated, data: { ...generated.data, generated: true } }) as unknown as RootContent);
    if (node.name === "contact-gate") {
      const gate = contactGate(context, line);
      return gate ? [{ ...gate, position: node.position } as RootContent] : [];
    }
    if (node.name !== "rule") {
      context.problem(line, `unknown directive "::${node.name}" (expected ::rule{name="…"}, ::contact-gate or ::crisis-lines)`);
      return [];
    }
    const name = node.attributes?.name ?? "";
    const rule = context.rules.get(name);
    if (!rule) {
      const known = [...context.rules.keys()];
      context.problem(line, known.length ? `unknown rule "${name}" (rules: ${known.join(", ")})` : `a rule cannot place another rule ("${name}")`);
      return [];
    }
    return [{ ...placedRule(name, rule), position: node.position } as RootContent];
  });
  visit(tree, (node) => {
    if (node.type === "textDirective" || node.type === "containerDirective" || node.type === "leafDirective") {
      context.problem(node.position?.start.line ?? 0, `"${node.type === "textDirective" ? ":" : "::"}${node.name}" reads as a directive here; directives stand on a line of their own (write "\\:" for a plain colon)`);
    }
  });
}

export function parseMarkdown(markdown: string, context: DirectiveContext = NO_DIRECTIVES): ParsedMarkdown {
  const tree = parser.parse(markdown);
  resolveDirectives(tree, context);
  const definitions = tree.children.filter((node): node is Definition => node.type === "definition");
  const slugger = new GithubSlugger();
  const introNodes: RootContent[] = [];
  const groups: { heading: string; depth: number; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "definition") continue;
    if (node.type === "heading") groups.push({ heading: toString(node).trim(), depth: node.depth, nodes: [] });
    else (groups.at(-1)?.nodes ?? introNodes).push(node);
  }
  const intro = part(introNodes, definitions);
  const sections = groups.map(({ heading, depth, nodes }) => ({
    ...part(nodes, definitions),
    id: slugger.slug(heading),
    heading,
    depth,
    excerpt: firstWords(plain(nodes.filter((node) => !isEditorNote(node)))),
  }));
  return { intro, sections, definitions, wordCount: tokenize([intro.text, ...sections.map((s) => s.text)].join(" ")).length };
}

/**
 * Places the contact gate atop each section in `contactIds` (those that advise contact), so no writer has to
 * remember it. A writer's own placement of its rules there is a problem: the reader would see them twice.
 */
export function placeContactGates(markdown: ParsedMarkdown, contactIds: ReadonlySet<string>, context: DirectiveContext): ParsedMarkdown {
  let above = false;
  const sections = markdown.sections.map((section) => {
    if (!contactIds.has(section.id)) {
      above = section.gate;
      return section;
    }
    for (const node of section.nodes) {
      const rule = ruleOf(node);
      const name = isGate(node) ? "::contact-gate" : rule !== undefined && (CONTACT_GATE.rules as readonly string[]).includes(rule) ? `::rule{name="${rule}"}` : undefined;
      if (name) context.problem(node.position?.start.line ?? 0, `the passage "${section.heading}" advises contact, so the build places the contact gate at its top; remove ${name}`);
    }
    const gate = contactGate(context, 0, above);
    above = true;
    return gate ? { ...section, ...part([gate, ...section.nodes], markdown.definitions), excerpt: section.excerpt } : section;
  });
  return { ...markdown, sections };
}

/** Editor's notes render as `<div class="editor-note" role="note">`, a callout the page styles. */
function markEditorNotes() {
  return (tree: Root) => {
    for (const node of tree.children) if (isEditorNote(node)) node.data = { ...node.data, hName: "div", hProperties: { className: ["editor-note"], role: "note" } };
  };
}

// GitHub's schema plus our notes', rules' and gate's classes and role, and phone links for the crisis lines.
const sanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "editor-note", "safety-rule"], ["role", "note"]],
    details: [...(defaultSchema.attributes?.details ?? []), ["className", CONTACT_GATE.className], "open"],
  },
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), "tel", "sms"] },
};

const processor = remark().use(markEditorNotes).use(remarkHtml, { sanitize: sanitizeSchema });

/** Sanitized HTML of one part; empty for a part without nodes (a heading straight after a heading). */
export function renderHtml({ nodes }: Pick<MarkdownPart, "nodes">, definitions: Definition[]): string {
  if (!nodes.length) return "";
  const root: Root = { type: "root", children: [...nodes, ...definitions] };
  return String(processor.stringify(processor.runSync(root) as Root)).trim();
}
