import { entryCard, OG_SIZE } from "@/components/OgCard";
import { getStages } from "@/lib/content";
import { stageRoute } from "@/lib/dynamic-routes";

export const size = OG_SIZE;
export const dynamicParams = false;
export const generateStaticParams = stageRoute.generateStaticParams;

export default entryCard(stageRoute.entry, (stage) => ({ kicker: `Stage ${stage.step} of ${getStages().length}`, title: stage.title, subtitle: stage.summary }));
