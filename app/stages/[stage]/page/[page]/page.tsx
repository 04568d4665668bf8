import { noLaterPages } from "@/lib/dynamic-routes";
import { StagePage, stageMetadata } from "../../stage-page";

// Page 2, 3, … of a stage's passages: rendered on first request, then cached; a missing page is a 404, never cached.
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = noLaterPages;
export const generateMetadata = stageMetadata;
export default StagePage;
