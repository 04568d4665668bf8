import { ogCard, OG_SIZE } from "@/components/OgCard";
import { getArticles } from "@/lib/content";
import { countInWords } from "@/lib/format";
import { site } from "@/lib/site";

export const alt = `${site.name}: ${site.tagline}`;
export const size = OG_SIZE;

export default function Image() {
  return ogCard({ kicker: "Advice after a breakup", title: site.tagline, subtitle: `${countInWords(getArticles().length, { capital: true })} guides, honest editor's notes, and help when you need it.` });
}
