"use client";

import { useEffect, useRef, useState } from "react";
import type { Results } from "@/lib/search/results";
import { routes } from "@/lib/routes";
import { Highlighted } from "./Highlighted";

type Engine = { run: (query: string) => Results };

/** Loaded on first keystroke only: the engine code and the prebuilt index are not part of page load. */
async function loadEngine(): Promise<Engine> {
  const [{ loadIndex }, { runSearch }, response] = await Promise.all([
    import("@/lib/search/engine"),
    import("@/lib/search/results"),
    fetch(routes.searchIndex),
  ]);
  const index = loadIndex(await response.text());
  return { run: (query) => runSearch(index, query, {}) };
}

/**
 * Progressive enhancement of the /search form: results appear as you type. The server-rendered
 * results (and the form's Enter) keep working without JavaScript and remain the shareable URL.
 */
export function LiveSearch({ inputId }: { inputId: string }) {
  const [query, setQuery] = useState<string | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const engine = useRef<Promise<Engine> | null>(null);

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let timer = 0;
    const onInput = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const value = input.value.trim().slice(0, 200);
        engine.current ??= loadEngine();
        const run = (await engine.current).run;
        setQuery(value);
        setResults(value ? run(value) : null);
      }, 60);
    };
    input.addEventListener("input", onInput);
    return () => {
      input.removeEventListener("input", onInput);
      window.clearTimeout(timer);
    };
  }, [inputId]);

  useEffect(() => {
    // While live results show, the server's results for the old query would only confuse.
    const server = document.getElementById("search-results")?.parentElement;
    if (server) server.hidden = query !== null;
  }, [query]);

  if (query === null) return null;
  return (
    <section className="live-results" aria-label="Results as you type">
      <p role="status" className="search-count">
        {query ? `${results?.total ?? 0} results for “${query}”. Press Enter for filters and a shareable page.` : "Type to search."}
      </p>
      {results?.groups.length ? (
        <ol className="result-groups">
          {results.groups.slice(0, 8).map((group) => (
            <li key={group.url} className="result-group">
              <h2 className="result-group__title"><a href={group.url}>{group.title}</a></h2>
              <ul className="results">
                {group.items.map((item) => (
                  <li key={item.url} className="result">
                    {item.heading ? <h3 className="result__heading"><a href={item.url}><Highlighted segments={item.headingSegments} /></a></h3> : null}
                    <p className="result__snippet"><Highlighted segments={item.snippet} /></p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
