/**
 * JSON to write inside a <script> element (JSON-LD here, InlineScript's argument): JSON.stringify does not escape `<`,
 * so `</script>` in a string could end the tag early: escape it (and U+2028/9).
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
