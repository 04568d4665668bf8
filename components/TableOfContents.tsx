import type { TocHeading } from "@/lib/content/markdown";

export function TableOfContents({ headings }: { headings: TocHeading[] }) {
  const entries = headings.filter((h) => h.depth <= 3);
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="toc-title" className="toc">
      <h2 id="toc-title" className="toc__title">On this page</h2>
      <ol>
        {entries.map((h) => (
          <li key={h.id} className={h.depth === 3 ? "toc__sub" : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
