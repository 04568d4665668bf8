import { scriptSafeJson } from "./JsonLd";

/**
 * Runs a function as an inline <script> in the server's HTML: no request, and it works the moment the page is
 * parsed, before any bundle arrives. The function is sent as its source text, so it must use nothing from outside
 * its own body but its one argument, which is sent as JSON.
 */
export function InlineScript<Argument>({ run, argument }: { run: (argument: Argument) => void; argument?: Argument }) {
  const json = argument === undefined ? "" : scriptSafeJson(argument);
  return <script dangerouslySetInnerHTML={{ __html: `(${run.toString()})(${json})` }} />;
}
