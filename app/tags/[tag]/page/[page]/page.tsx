import { tagRoute } from "@/lib/dynamic-routes";
import { TagPage, tagMetadata } from "../../tag-page";

// Page 2, 3, … of a tag's passages: prerendered like the first page, one static URL each.
export const dynamicParams = false;
export const generateStaticParams = tagRoute.laterPageParams;
export const generateMetadata = tagMetadata;
export default TagPage;
