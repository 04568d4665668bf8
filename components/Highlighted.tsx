import type { Segment } from "@/lib/search/snippet";

/** Renders snippet segments; React escapes the text, so only <mark> is ever markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
