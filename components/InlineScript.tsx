/**
 * Runs a function as an inline <script> in the server's HTML: no request, and it works the moment the page is
 * parsed, before any bundle arrives. The function is sent as its source text, so it must use nothing from outside
 * its own body.
 */
export function InlineScript({ run }: { run: () => void }) {
  return <script dangerouslySetInnerHTML={{ __html: `(${run.toString()})()` }} />;
}
