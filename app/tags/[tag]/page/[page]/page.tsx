import { noLaterPages } from "@/lib/dynamic-routes";
import { TagPage, tagMetadata } from "../../tag-page";

// Page 2, 3, … of a tag's passages: rendered on first request, then cached; a missing page is a 404, never cached.
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = noLaterPages;
export const generateMetadata = tagMetadata;
export default TagPage;
