// `npm run check:help-sources`: has any page a help line cites changed under us? For every entry in
// lib/help-lines.json (loaded through lib/help-resources.ts, which checks it) it fetches each source page and reports whether each of the entry's numbers
// still appears on one of its pages (digits compared with spaces, hyphens, dots and brackets ignored),
// which pages are gone (4xx, 5xx, no DNS, no answer in time) and which have moved (a redirect to
// another address), and which entries are due for review or rest only on old pages. It exits 1 when a
// number is missing or a page is gone, so a weekly job can alert someone; 0 otherwise.
//
// It needs the internet, so it never runs in the build or in `npm test`; docs/deploy.md says how to run
// it weekly. Node built-ins and fetch only. The unit test (tests/unit/help-sources-check.test.ts)
// drives `checkHelpSources` against a local server.
import { pathToFileURL } from "node:url";

/**
 * @typedef {{ kind: "call"; number: string; tel: string } | { kind: "text"; number: string; sameAsCall?: boolean } | { kind: "web"; url: string }} Contact
 * @typedef {{ id: string; name: string; country: string; contacts: Contact[]; sources: { url: string }[] }} Entry
 * @typedef {{ url: string; state: "ok" | "moved" | "gone"; status?: number; finalUrl?: string; reason?: string; runs?: string[] }} Page
 * @typedef {{ number: string; foundOn: string | null }} NumberCheck
 * @typedef {{ id: string; name: string; country: string; pages: Page[]; numbers: NumberCheck[] }} EntryReport
 */

const USER_AGENT = "SecondChance-help-source-check/1 (checks that help line numbers still appear on their sources)";

/** Characters that may sit between the digits of one phone number on a page. */
const SEPARATORS = "\\s\\u00a0\\u2010-\\u2015.()\\-/";
const DIGIT_RUN = new RegExp(`\\+?\\d(?:[${SEPARATORS}]{0,3}\\d)*`, "g");

/**
 * The phone numbers a page shows, as digit strings: its text with tags and entities removed, plus its
 * tel: links. "0808 802 4040", "0808-802-4040" and "(0808) 8024040" all become "08088024040".
 * @param {string} html
 * @returns {string[]}
 */
export function digitRuns(html) {
  const tel = [...html.matchAll(/href\s*=\s*["']tel:([^"']+)["']/gi)].map((m) => decodeURIComponent(m[1] ?? ""));
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;|&#xa0;/gi, " ")
    .replace(/&ndash;|&#8211;|&mdash;|&#8212;|&#x2013;|&#x2014;/gi, "-")
    .replace(/&amp;/gi, "&");
  return [...tel, ...(text.match(DIGIT_RUN) ?? [])].map((run) => run.replace(/\D/g, "")).filter(Boolean);
}

/**
 * Whether a page's digit runs include `number`. A short number (988, 1737, 116 123) must be a whole run
 * on its own; a longer one may sit inside a longer run (a page may run two numbers together). A North
 * American number matches with or without its leading 1.
 * @param {readonly string[]} runs
 * @param {string} number
 */
export function pageShowsNumber(runs, number) {
  const digits = number.replace(/\D/g, "");
  const forms = new Set([digits, digits.replace(/^1(?=\d{10}$)/, "")]);
  return runs.some((run) => [...forms].some((form) => run === form || (form.length >= 7 && run.includes(form))));
}

/** http://www.x.org/a/ and https://x.org/a are the same page for a reader; a move between them is not news. */
/** @param {string} url */
const comparable = (url) => {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, "")}${u.pathname.replace(/\/$/, "")}${u.search}`;
};

/**
 * Fetches one page, following up to five redirects by hand so that a move can be reported.
 * @param {string} url
 * @param {{ timeoutMs: number; fetchImpl?: typeof fetch }} options
 * @returns {Promise<Page>}
 */
export async function fetchPage(url, { timeoutMs, fetchImpl = fetch }) {
  let current = url;
  try {
    for (let hop = 0; hop <= 5; hop += 1) {
      const response = await fetchImpl(current, {
        redirect: "manual",
        headers: { "user-agent": USER_AGENT, accept: "text/html,*/*;q=0.8" },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current).toString();
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel();
        return { url, state: "gone", status: response.status, reason: `HTTP ${response.status}` };
      }
      const html = await response.text();
      const moved = comparable(current) !== comparable(url);
      return { url, state: moved ? "moved" : "ok", status: response.status, ...(moved ? { finalUrl: current } : {}), runs: digitRuns(html) };
    }
    return { url, state: "gone", reason: "too many redirects" };
  } catch (error) {
    const cause = /** @type {{ name?: string; code?: string; cause?: { code?: string } }} */ (error);
    const code = cause.cause?.code ?? cause.code;
    const reason =
      cause.name === "TimeoutError" || cause.name === "AbortError"
        ? `no answer within ${timeoutMs / 1000} s`
        : code === "ENOTFOUND" || code === "EAI_AGAIN"
          ? `no such host (${code})`
          : (code ?? String(error));
    return { url, state: "gone", reason };
  }
}

/**
 * Runs `task` over `items` with at most `limit` at a time, keeping the order of `items` in the result.
 * @template T, R
 * @param {readonly T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} task
 * @returns {Promise<R[]>}
 */
async function mapLimited(items, limit, task) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(/** @type {T} */ (items[index]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Checks every entry's pages and numbers. Each page is fetched once, however many entries cite it.
 * @param {readonly Entry[]} entries
 * @param {{ concurrency?: number; timeoutMs?: number; fetchImpl?: typeof fetch }} [options]
 * @returns {Promise<{ entries: EntryReport[]; missing: number; gone: number; moved: number }>}
 */
export async function checkHelpSources(entries, { concurrency = 4, timeoutMs = 15_000, fetchImpl } = {}) {
  const urls = [...new Set(entries.flatMap((entry) => entry.sources.map((source) => source.url)))];
  const fetched = await mapLimited(urls, concurrency, (url) => fetchPage(url, { timeoutMs, fetchImpl }));
  const byUrl = new Map(fetched.map((page) => [page.url, page]));
  const reports = entries.map((entry) => {
    const pages = entry.sources.map((source) => /** @type {Page} */ (byUrl.get(source.url)));
    const numbers = [
      ...new Set(entry.contacts.flatMap((c) => (c.kind === "call" || (c.kind === "text" && !c.sameAsCall) ? [c.number] : []))),
    ].map((number) => ({ number, foundOn: pages.find((page) => page.runs && pageShowsNumber(page.runs, number))?.url ?? null }));
    return { id: entry.id, name: entry.name, country: entry.country, pages, numbers };
  });
  return {
    entries: reports,
    missing: reports.reduce((sum, r) => sum + r.numbers.filter((n) => !n.foundOn).length, 0),
    gone: fetched.filter((page) => page.state === "gone").length,
    moved: fetched.filter((page) => page.state === "moved").length,
  };
}

/**
 * The report a person reads: one block per entry with a problem, then the totals.
 * @param {Awaited<ReturnType<typeof checkHelpSources>>} result
 * @param {{ due?: string[] }} [extra] lines about entries due for review or resting on old pages
 */
export function formatReport(result, { due = [] } = {}) {
  const lines = [];
  for (const entry of result.entries) {
    const problems = [
      ...entry.numbers.filter((n) => !n.foundOn).map((n) => `number ${n.number} is on none of its pages`),
      ...entry.pages.filter((p) => p.state === "gone").map((p) => `page gone (${p.reason}): ${p.url}`),
      ...entry.pages.filter((p) => p.state === "moved").map((p) => `page moved: ${p.url} → ${p.finalUrl}`),
    ];
    if (!problems.length) continue;
    lines.push(`${entry.id} (${entry.country}, ${entry.name})`, ...problems.map((p) => `  ${p}`));
  }
  if (due.length) lines.push("", `Due for review (${due.length}):`, ...due.map((line) => `  ${line}`));
  const checked = result.entries.reduce((sum, e) => sum + e.numbers.length, 0);
  lines.push("", `${checked} numbers on ${result.entries.length} entries: ${result.missing} missing, ${result.gone} pages gone, ${result.moved} moved.`);
  return lines.join("\n");
}

async function main() {
  // Loaded here, not at the top, so the test can import this module without the help data.
  const { HELP_SERVICES } = await import("../lib/help-resources");
  const { helpEntriesDue, helpEntriesWithOldSources } = await import("../lib/help-review");
  const concurrency = Number(process.env.CHECK_CONCURRENCY ?? 4);
  const timeoutMs = Number(process.env.CHECK_TIMEOUT_MS ?? 15_000);
  const result = await checkHelpSources(HELP_SERVICES, { concurrency, timeoutMs });
  const now = new Date();
  const due = [
    ...helpEntriesDue(now).map((e) => `${e.id}: check was due on ${e.nextCheck}`),
    ...helpEntriesWithOldSources(now).map((e) => `${e.id}: find a newer source (its newest page is from ${e.newest})`),
  ];
  console.log(formatReport(result, { due }));
  process.exitCode = result.missing || result.gone ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
