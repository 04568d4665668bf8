// SITE_URL is the one public origin every absolute URL is built from, so shared links never point at localhost.
const DEFAULT_SITE_URL = "https://secondchance.example";

function readSiteUrl(): URL {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  try {
    return new URL(raw.endsWith("/") ? raw : `${raw}/`);
  } catch {
    throw new Error(`SITE_URL is not a valid absolute URL: "${raw}"`);
  }
}

export const site = {
  name: "Second Chance",
  tagline: "Honest guidance after a breakup",
  description:
    "Calm, honest advice for people after a breakup who wonder whether, and how, to get back together, and when not to.",
  url: readSiteUrl(),
  locale: "en_GB",
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ""), site.url).toString();
}
