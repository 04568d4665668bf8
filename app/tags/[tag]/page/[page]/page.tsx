import { tagRoute } from "@/lib/dynamic-routes";
import { TopicPage, topicMetadata } from "../../topic-page";

// Page 2, 3, … of a topic's passages: prerendered like the first page, one static URL each.
export const dynamicParams = false;
export const generateStaticParams = tagRoute.laterPageParams;
export const generateMetadata = topicMetadata;
export default TopicPage;
