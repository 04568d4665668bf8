import { Fragment } from "react";
import { CONTACT_GATE, type Section } from "@/lib/content";
import { withAnchor } from "@/lib/routes";
import type { TagSlug } from "@/lib/taxonomy";
import { TagChip } from "./Chips";
import styles from "./Prose.module.css";

type HtmlBox = { __html: string };

/** Sanitized HTML needs an element to hold it; `.prose__html` is `display: contents`, so it lays out as `.prose`. */
function Html({ box }: { box: HtmlBox }) {
  return box.__html.trim() ? <div className={styles.prose__html} dangerouslySetInnerHTML={box} /> : null;
}

const GATE_START = `<details class="${CONTACT_GATE.className}"`;
const GATE_END = "</details>";

/**
 * A section's HTML as boxes to render, each contact gate in it apart. Every gate of one kind (open or folded) is
 * handed to React as the same object, so the page's RSC payload carries it once and refers back to it, in place of
 * the same 2 KB again above every contact passage. The boxes are `display: contents`: the page lays out as before.
 */
function sectionBoxes() {
  const gates = new Map<string, HtmlBox>();
  return (html: string): HtmlBox[] => {
    const boxes: HtmlBox[] = [];
    let rest = html;
    for (let start = rest.indexOf(GATE_START); start !== -1; start = rest.indexOf(GATE_START)) {
      const end = rest.indexOf(GATE_END, start) + GATE_END.length;
      const gate = rest.slice(start, end);
      // A gate holds no <details> of its own; if one ever did, its end would be misread, so the rest stays whole.
      if (end < GATE_END.length || gate.indexOf("<details", 1) !== -1) break;
      let shared = gates.get(gate);
      if (!shared) gates.set(gate, (shared = { __html: gate }));
      boxes.push({ __html: rest.slice(0, start) }, shared);
      rest = rest.slice(end);
    }
    return [...boxes, { __html: rest }];
  };
}

type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

interface ProseProps {
  introHtml?: string;
  /** Article passages carry tags: they show as chips right under their heading. */
  sections?: (Pick<Section, "id" | "heading" | "depth" | "html"> & { tags?: TagSlug[] })[];
  /** A "#" link after every heading (articles: a click copies the section's link). */
  headingAnchors?: boolean;
  className?: string;
}

export function Prose({ introHtml = "", sections = [], headingAnchors = false, className }: ProseProps) {
  const boxesOf = sectionBoxes();
  return (
    <div className={className ? `${styles.prose} ${className}` : styles.prose}>
      <Html box={{ __html: introHtml }} />
      {sections.map(({ id, heading, depth, html, tags = [] }) => {
        const Heading = `h${depth}` as HeadingTag;
        return (
          <Fragment key={id}>
            <Heading id={id}>
              {heading}
              {headingAnchors ? (
                <a href={withAnchor("", id)} className={styles["heading-anchor"]} data-section-link aria-label={`Link to section: ${heading}`}>#</a>
              ) : null}
            </Heading>
            {tags.length ? (
              <p className={styles["section-chips"]}>
                {tags.map((tag, index) => (
                  <Fragment key={tag}>
                    {index ? " " : null}
                    <TagChip slug={tag} />
                  </Fragment>
                ))}
              </p>
            ) : null}
            {boxesOf(html).map((box, index) => (
              <Html key={index} box={box} />
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}
