import { tagRoute } from "@/lib/dynamic-routes";
import { TopicPage, topicMetadata } from "./topic-page";

export const dynamicParams = false;
export const generateStaticParams = tagRoute.generateStaticParams;
export const generateMetadata = topicMetadata;
export default TopicPage;
