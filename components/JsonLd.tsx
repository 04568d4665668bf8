/**
 * Structured data for search engines. JSON.stringify does not escape `<`, so a string containing
 * `</script>` could end the tag early; escaping it (and the line separators JS dislikes) keeps the
 * payload inert.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
