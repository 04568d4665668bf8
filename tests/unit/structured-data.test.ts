import { describe, expect, it } from "vitest";
import { scriptSafeJson } from "@/components/JsonLd";
import { loadContentFrom } from "@/lib/content/load";
import { absolutizeLinks, buildFeed } from "@/lib/feed";
import { absoluteUrl } from "@/lib/site";
import { articleJsonLd, articlePageJsonLd, breadcrumbJsonLd } from "@/lib/structured-data";
import { VALID } from "./helpers";

const { articles } = loadContentFrom(VALID);
const article = articles.find((a) => a.slug === "first-article")!;

describe("structured data and feed", () => {
  it("escapes < so JSON-LD cannot close its script tag", () => {
    const json = scriptSafeJson({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });

  it("describes an article with absolute URLs, dates and its source", () => {
    const data = articleJsonLd(article);
    expect(data).toMatchObject({ "@type": "Article", headline: "First Article", datePublished: "2026-01-02", dateModified: "2026-01-03" });
    expect(data.url).toBe(absoluteUrl("/articles/first-article"));
    expect(data.image).toMatch(/^https?:\/\/[^/]+\/articles\/first-article\/opengraph-image$/);
    expect(data.isBasedOn).toMatchObject({ name: "The Original First Article", author: { name: "A. Writer" } });
  });

  it("describes an article page as one graph: the site's organization once, referred to as author and publisher", () => {
    const data = articlePageJsonLd(article, [{ href: "/", label: "Home" }, { href: "/articles/first-article", label: "First Article" }]);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@graph"].map((node) => node["@type"])).toEqual(["Organization", "Article", "BreadcrumbList"]);
    const [organization, described] = data["@graph"] as [{ "@id": string; name: string }, ReturnType<typeof articleJsonLd>];
    expect(organization.name).toBe("Second Chance");
    expect(described.author).toEqual({ "@id": organization["@id"] });
    expect(described.publisher).toEqual({ "@id": organization["@id"] });
    // No node repeats the context: it is said once, at the top.
    expect(JSON.stringify(data).match(/@context/g)).toHaveLength(1);
  });

  it("numbers breadcrumbs from one", () => {
    const data = breadcrumbJsonLd([{ href: "/", label: "Home" }, { href: "/articles", label: "Articles" }]);
    expect(data.itemListElement.map((i) => i.position)).toEqual([1, 2]);
  });

  it("builds an RSS feed with absolute links and one item per article", () => {
    const xml = buildFeed(articles);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml.match(/<item>/g)).toHaveLength(articles.length);
    expect(xml).toContain(`<link>${absoluteUrl("/articles/first-article")}</link>`);
    expect(xml).not.toMatch(/href="\/(?!\/)/);
  });

  it("makes relative and fragment links absolute for feed readers", () => {
    const page = absoluteUrl("/articles/x");
    expect(absolutizeLinks('<a href="#a">a</a><a href="/tags/apology">b</a><a href="https://e.org/">c</a>', page)).toBe(
      `<a href="${page}#a">a</a><a href="${absoluteUrl("/tags/apology")}">b</a><a href="https://e.org/">c</a>`,
    );
  });
});
