import type { Metadata } from "next";
import { Fragment } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ChipList } from "@/components/Chip";
import { LiveSearchOnDemand } from "@/components/LiveSearchOnDemand";
import { Pager } from "@/components/Pager";
import { ResultList } from "@/components/ResultList";
import { SearchForm } from "@/components/SearchForm";
import { SearchHelp } from "@/components/SearchHelp";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { search, searchLabels, type SearchInput } from "@/lib/search";
import resultStyles from "@/components/ResultList.module.css";
import shell from "@/components/shell.module.css";
import styles from "./search.module.css";

/** The search page's metadata for cleaned input (noindex, canonical /search). */
export function searchMetadata({ q }: SearchInput): Metadata {
  return pageMetadata({
    // The title is plain text in <title>; React escapes it like any other text.
    title: q ? `Search: ${q}` : "Search",
    description: "Search every passage of the guides by topic, in your own words.",
    path: routes.search(),
    noindex: true,
  });
}

/** The search page for cleaned input: /search itself, and the cached results route the proxy sends queries to. */
export function SearchView({ input }: { input: SearchInput }) {
  const { q, tag, stage } = input;
  const results = search(input);
  const { suggestion } = results;
  // Names come with the index: this page never reads the content folder.
  const { tags, stages } = searchLabels();
  const tagNames = Object.fromEntries(tags.map((t) => [t.slug, t.name]));
  const didYouMean = (className?: string) => (
    <p className={className}>
      Did you mean <a href={routes.search({ q: suggestion, tag, stage })}>{suggestion}</a>?
    </p>
  );
  const resultsPage = (page: number, label: string) => ({ href: routes.search({ q, tag, stage, page }), label, title: `Results page ${page}` });

  return (
    <div className={`${shell.page} ${styles["search-page"]}`}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.search(), label: "Search" }]} />
      <h1>Search</h1>
      <SearchForm id="search-page-input" query={q} hidden={{ tag, stage }} />
      {/* Whatever the query, and before any result: a reader in trouble may not say so in words search knows. */}
      <p className={styles["help-line"]} data-help-line>
        Not safe, or thinking about ending your life? <a href={routes.help()}>Find someone to talk to now</a>.
      </p>
      <LiveSearchOnDemand inputId="search-page-input" filters={{ tag, stage }} tagNames={tagNames} />
      {input.ignored.length ? (
        <p className={styles.notice}>
          Ignored an unknown filter:{" "}
          {input.ignored.map(({ filter, value }, index) => (
            <Fragment key={filter}>
              {index ? ", " : null}
              {filter} <q>{value}</q>
            </Fragment>
          ))}
          .
        </p>
      ) : null}

      {q ? (
        <div className={styles["search-layout"]}>
          <div className={styles["search-results"]} id="search-results">
            {results.help ? <SearchHelp help={results.help} id="search-help" /> : null}
            <p className={resultStyles["search-count"]} role="status">
              {plural(results.total, "result")} for{" "}
              <strong>
                <q>{q}</q>
              </strong>
              {tag ? <> in {tagNames[tag]}</> : null}
              {stage ? (
                <>
                  {" "}
                  at stage <q>{stages.find((s) => s.slug === stage)?.name}</q>
                </>
              ) : null}
              {results.pageCount > 1 ? <>, page {results.page} of {results.pageCount}</> : null}
            </p>
            {suggestion && results.groups.length ? didYouMean(styles.suggestion) : null}
            <ResultList groups={results.groups} tagNames={tagNames} />
            <Pager
              label="Results pages"
              previous={results.page > 1 ? resultsPage(results.page - 1, "Previous") : undefined}
              next={results.page < results.pageCount ? resultsPage(results.page + 1, "More results") : undefined}
            />
            {results.groups.length ? null : (
              <div className={styles["no-results"]}>
                <p>Nothing matched those words.</p>
                {suggestion ? didYouMean() : null}
                {tag || stage ? <p><a href={routes.search({ q })}>Search again without filters</a></p> : null}
                <p>Or browse by topic or by stage:</p>
                <ChipList kind="tag" items={tags.map(({ slug, name }) => ({ slug, label: name }))} label="All topics" />
                <ChipList kind="stage" items={stages.map(({ slug, name }) => ({ slug, label: name }))} label="All stages" />
              </div>
            )}
          </div>
          <nav className={styles.facets} aria-label="Narrow the results">
            <FacetList title="Narrow by topic" items={tags} counts={results.facets.tags} active={tag} href={(slug) => routes.search({ q, tag: slug, stage })} />
            <FacetList title="Narrow by stage" items={stages} counts={results.facets.stages} active={stage} href={(slug) => routes.search({ q, tag, stage: slug })} />
          </nav>
        </div>
      ) : (
        <div className={styles["search-empty"]}>
          <p>Type what is on your mind, in your own words. For example:</p>
          <ul>
            {["should I text them", "how long no contact", "how to apologize", "they cheated", "they said no"].map((example) => (
              <li key={example}><a href={routes.search({ q: example })}>{example}</a></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One facet (topics or stages): each value with its count; a link narrows the search, the active one's widens it. */
function FacetList({ title, items, counts, active, href }: {
  title: string;
  items: { slug: string; name: string }[];
  counts: Partial<Record<string, number>>;
  active?: string;
  href: (slug: string | undefined) => string;
}) {
  return (
    <>
      <h2 className={styles.facets__title}>{title}</h2>
      <ul>
        {items.map((item) => {
          const isActive = active === item.slug;
          return (
            <li key={item.slug}>
              <a href={href(isActive ? undefined : item.slug)} aria-current={isActive ? "true" : undefined} className={isActive ? `${styles.facet} ${styles["facet--active"]}` : styles.facet}>
                {item.name} <span className={styles.facet__count}>({counts[item.slug] ?? 0})</span>
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
