import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Chip, StageChips, TagChips } from "@/components/Chips";
import { Highlighted } from "@/components/Highlighted";
import { LiveSearch } from "@/components/LiveSearch";
import { Pager } from "@/components/Pager";
import { SearchForm } from "@/components/SearchForm";
import { getStages, getTags } from "@/lib/content";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { getSiteSearch, parseSearchInput, runSearch, suggestSpelling } from "@/lib/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchInput(await searchParams);
  return pageMetadata({
    // The title is plain text in <title>; React escapes it like any other text.
    title: q ? `Search: ${q}` : "Search",
    description: "Search every passage of the guides by topic, in your own words.",
    path: routes.search(),
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const input = parseSearchInput(await searchParams);
  const { q, tag, stage } = input;
  const search = getSiteSearch();
  const results = runSearch(search.index, q, { tag, stage }, input.page);
  const tags = getTags();
  const stages = getStages();
  const tagName = new Map(tags.map((t) => [t.slug as string, t.name]));
  const suggestion = q && results.total === 0 ? suggestSpelling(q, search.vocabulary) : undefined;

  return (
    <div className="page search-page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.search(), label: "Search" }]} />
      <h1>Search</h1>
      <SearchForm id="search-page-input" query={q} hidden={{ tag, stage }} />
      <LiveSearch inputId="search-page-input" />
      {input.ignored.length ? (
        <p className="notice">Ignored an unknown filter: {input.ignored.join(", ")}.</p>
      ) : null}

      {q ? (
        <div className="search-layout">
          <div className="search-results" id="search-results">
            <p className="search-count" role="status">
              {plural(results.total, "result")} for <strong>“{q}”</strong>
              {tag ? <> in {tagName.get(tag)}</> : null}
              {stage ? <> at stage “{stages.find((s) => s.slug === stage)?.title}”</> : null}
              {results.pageCount > 1 ? <>, page {results.page} of {results.pageCount}</> : null}
            </p>
            {results.groups.length ? (
              <ol className="result-groups">
                {results.groups.map((group) => (
                  <li key={group.url} className="result-group">
                    <h2 className="result-group__title">
                      <a href={group.url}>{group.title}</a>
                      {group.kind !== "passage" ? <span className="result-kind">{group.kind === "tag" ? "Topic" : "Stage"}</span> : null}
                    </h2>
                    <ul className="results">
                      {group.items.map((item) => (
                        <li key={item.url} className="result">
                          {item.heading ? (
                            <h3 className="result__heading"><a href={item.url}><Highlighted segments={item.headingSegments} /></a></h3>
                          ) : null}
                          <p className="result__snippet"><Highlighted segments={item.snippet} /></p>
                          {item.tagSlugs.length ? (
                            <p className="result__tags">
                              {item.tagSlugs.map((slug) => (
                                <Chip key={slug} kind="tag" slug={slug} label={tagName.get(slug) ?? slug} />
                              ))}
                            </p>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                    {group.more ? (
                      <p className="card__meta">
                        {plural(group.more, "more passage")} in <a href={group.url}>{group.title}</a>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : null}
            <Pager
              label="Results pages"
              previous={results.page > 1 ? { href: routes.search({ q, tag, stage, page: results.page - 1 }), label: "Previous", title: `Results page ${results.page - 1}` } : undefined}
              next={results.page < results.pageCount ? { href: routes.search({ q, tag, stage, page: results.page + 1 }), label: "More results", title: `Results page ${results.page + 1}` } : undefined}
            />
            {results.groups.length ? null : (
              <div className="no-results">
                <p>Nothing matched those words.</p>
                {suggestion ? (
                  <p>
                    Did you mean <a href={routes.search({ q: suggestion, tag, stage })}>{suggestion}</a>?
                  </p>
                ) : null}
                {tag || stage ? <p><a href={routes.search({ q })}>Search again without filters</a></p> : null}
                <p>Or browse by topic or by stage:</p>
                <TagChips tags={tags.map((t) => t.slug)} label="All topics" />
                <StageChips stages={stages.map((s) => s.slug)} label="All stages" />
              </div>
            )}
          </div>
          <nav className="facets" aria-label="Narrow the results">
            <h2 className="facets__title">Narrow by topic</h2>
            <ul>
              {tags.map((t) => {
                const n = results.facets.tags.get(t.slug) ?? 0;
                const active = tag === t.slug;
                return (
                  <li key={t.slug}>
                    <a href={routes.search({ q, tag: active ? undefined : t.slug, stage })} aria-current={active ? "true" : undefined} className={active ? "facet facet--active" : "facet"}>
                      {t.name} <span className="facet__count">({n})</span>
                    </a>
                  </li>
                );
              })}
            </ul>
            <h2 className="facets__title">Narrow by stage</h2>
            <ul>
              {stages.map((s) => {
                const n = results.facets.stages.get(s.slug) ?? 0;
                const active = stage === s.slug;
                return (
                  <li key={s.slug}>
                    <a href={routes.search({ q, tag, stage: active ? undefined : s.slug })} aria-current={active ? "true" : undefined} className={active ? "facet facet--active" : "facet"}>
                      {s.title} <span className="facet__count">({n})</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      ) : (
        <div className="search-empty">
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
