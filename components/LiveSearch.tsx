"use client";

import { useEffect, useState } from "react";
import type { SiteResults } from "@/lib/search";
import { routes } from "@/lib/routes";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import type { StageSlug, TagSlug } from "@/lib/taxonomy";
import { ResultList } from "./ResultList";
import { SearchHelp } from "./SearchHelp";
import styles from "./LiveSearch.module.css";
import resultStyles from "./ResultList.module.css";

const DEBOUNCE_MS = 150;

/** Results as you type, from /api/search (one page, never the index); the server's stay the shareable URL. */
export function LiveSearch({ inputId, filters, tagNames }: { inputId: string; filters: { tag?: TagSlug; stage?: StageSlug }; tagNames: Record<string, string> }) {
  const [state, setState] = useState<{ query: string; results: SiteResults | null; failed: boolean } | null>(null);
  const { tag, stage } = filters;

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let timer = 0;
    let inFlight: AbortController | undefined;
    const onInput = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        inFlight?.abort();
        const query = input.value.trim().slice(0, MAX_QUERY_LENGTH);
        if (!query) {
          setState({ query, results: null, failed: false });
          return;
        }
        const controller = (inFlight = new AbortController());
        try {
          const response = await fetch(routes.searchApi({ q: query, tag, stage }), { signal: controller.signal });
          if (!response.ok) throw new Error(`search answered ${response.status}`);
          const results = (await response.json()) as SiteResults;
          setState({ query, results, failed: false });
        } catch (error) {
          // A newer keystroke cancelled this request: its answer no longer matters.
          if (controller.signal.aborted) return;
          console.warn(error);
          setState({ query, results: null, failed: true });
        }
      }, DEBOUNCE_MS);
    };
    input.addEventListener("input", onInput);
    // Words typed while this code was on its way differ from the field's default value: search them now.
    if (input.value !== input.defaultValue) onInput();
    return () => {
      input.removeEventListener("input", onInput);
      window.clearTimeout(timer);
      inFlight?.abort();
    };
  }, [inputId, tag, stage]);

  useEffect(() => {
    // While live results show, the server's results for the old query would only confuse.
    const server = document.getElementById("search-results")?.parentElement;
    if (server) server.hidden = state !== null;
  }, [state]);

  if (state === null) return null;
  const { query, results, failed } = state;
  return (
    <section className={styles["live-results"]} aria-label="Results as you type">
      {results?.help ? <SearchHelp help={results.help} id="live-search-help" /> : null}
      <p role="status" className={resultStyles["search-count"]}>
        {failed
          ? "Live results are unavailable right now. Press Enter to search."
          : query
            ? `${results?.total ?? 0} results for “${query}”. Press Enter for filters and a shareable page.`
            : "Type to search."}
      </p>
      {results ? <ResultList groups={results.groups} tagNames={tagNames} /> : null}
    </section>
  );
}
