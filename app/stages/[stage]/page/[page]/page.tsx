import { stageRoute } from "@/lib/dynamic-routes";
import { StagePage, stageMetadata } from "../../stage-page";

// Page 2, 3, … of a stage's passages: prerendered like the first page, one static URL each.
export const dynamicParams = false;
export const generateStaticParams = stageRoute.laterPageParams;
export const generateMetadata = stageMetadata;
export default StagePage;
