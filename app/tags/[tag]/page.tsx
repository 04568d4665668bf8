import { tagRoute } from "@/lib/dynamic-routes";
import { TagPage, tagMetadata } from "./tag-page";

export const dynamicParams = false;
export const generateStaticParams = tagRoute.generateStaticParams;
export const generateMetadata = tagMetadata;
export default TagPage;
