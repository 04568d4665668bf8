import { stageRoute } from "@/lib/dynamic-routes";
import { StagePage, stageMetadata } from "./stage-page";

export const dynamicParams = false;
export const generateStaticParams = stageRoute.generateStaticParams;
export const generateMetadata = stageMetadata;
export default StagePage;
