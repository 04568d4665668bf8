import { ArticleCards } from "@/components/ArticleCards";
import { JsonLd } from "@/components/JsonLd";
import { SearchForm } from "@/components/SearchForm";
import { getArticles, getStages, getTags } from "@/lib/content";
import { countInWords } from "@/lib/format";
import { COUNTRIES } from "@/lib/help-resources";
import { LISTING } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes, withAnchor } from "@/lib/routes";
import { site } from "@/lib/site";
import { FINDER_QUESTIONS } from "@/lib/stage-finder";
import { websiteJsonLd } from "@/lib/structured-data";
import shell from "@/components/shell.module.css";
import styles from "./home.module.css";

export const metadata = {
  ...pageMetadata({ title: `${site.name}: ${site.tagline}`, description: site.description, path: routes.home }),
  title: { absolute: `${site.name}: ${site.tagline}` },
};

export default function HomePage() {
  const articles = getArticles();
  return (
    <div className={styles.home}>
      <JsonLd data={websiteJsonLd()} />
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title">After a breakup, a calm place to think</h1>
        <p className={shell.lead}>
          Wondering whether to try again, and how? {site.name} gathers {countInWords(articles.length)} well-known guides to getting an ex
          back, rewritten in our own words, with honest notes where the usual advice could hurt you or them.
          Trying again only works when both of you want it, and a clear no is an answer to respect.
        </p>
        <SearchForm id="home-search" />
      </section>

      <section aria-labelledby="stages-title" className={styles.home__section}>
        <h2 id="stages-title">Start from where you are</h2>
        <ol className={styles["stage-strip"]}>
          {getStages().map((stage) => (
            <li key={stage.slug}>
              <a href={routes.stage(stage.slug)}>
                <span className={styles["stage-strip__step"]}>{stage.step}</span> {stage.title}
              </a>
              <span className={styles["stage-strip__summary"]}>{stage.summary}</span>
            </li>
          ))}
        </ol>
        <p>
          Not sure which stage fits? <a href={withAnchor(routes.stages, "finder")}>Answer {countInWords(FINDER_QUESTIONS.length)} quick questions</a>.
        </p>
      </section>

      <section aria-labelledby="articles-title" className={styles.home__section}>
        <h2 id="articles-title">{articles.length > LISTING.homeArticles ? "The newest guides" : `The ${countInWords(articles.length)} guides`}</h2>
        <ArticleCards articles={articles.slice(0, LISTING.homeArticles)} headingLevel={3} />
        {articles.length > LISTING.homeArticles ? <p><a href={routes.articles}>All {articles.length} guides</a></p> : null}
      </section>

      <section aria-labelledby="topics-title" className={styles.home__section}>
        <h2 id="topics-title">Follow a topic across every guide</h2>
        <ul className={styles["topic-grid"]}>
          {getTags().map((tag) => (
            <li key={tag.slug}>
              <a href={routes.tag(tag.slug)} className={styles["topic-grid__name"]}>{tag.name}</a>
              <span>{tag.description}</span>
            </li>
          ))}
        </ul>
        <p><a href={routes.tags}>All topics</a></p>
      </section>

      <section className={styles["help-callout"]} aria-labelledby="help-title">
        <h2 id="help-title">If you are hurting or afraid right now</h2>
        <p>
          You do not have to work through this alone. Our <a href={routes.help()}>help page</a> lists crisis and abuse
          lines in {countInWords(COUNTRIES.length)} countries. Most are free, and many are open day and night.
        </p>
      </section>
    </div>
  );
}
