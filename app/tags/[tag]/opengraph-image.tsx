import { entryCard, OG_SIZE } from "@/components/OgCard";
import { passagesWithTag } from "@/lib/content";
import { tagRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";

export const size = OG_SIZE;
export const dynamicParams = false;
export const generateStaticParams = tagRoute.generateStaticParams;

export default entryCard(tagRoute.entry, (tag) => ({
  kicker: `Topic · ${plural(passagesWithTag(tag.slug).length, "passage")}`,
  title: tag.name,
  subtitle: tag.description,
}));
