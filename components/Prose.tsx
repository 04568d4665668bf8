import { Fragment } from "react";
import type { Section } from "@/lib/content";
import { withAnchor } from "@/lib/routes";
import type { TagSlug } from "@/lib/taxonomy";
import { TagChip } from "./Chips";
import styles from "./Prose.module.css";

/** Sanitized HTML needs an element to hold it; `.prose__html` is `display: contents`, so it lays out as `.prose`. */
function Html({ html }: { html: string }) {
  return html ? <div className={styles.prose__html} dangerouslySetInnerHTML={{ __html: html }} /> : null;
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
  return (
    <div className={className ? `${styles.prose} ${className}` : styles.prose}>
      <Html html={introHtml} />
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
            <Html html={html} />
          </Fragment>
        );
      })}
    </div>
  );
}
