import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { getPage } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";

function aboutPage() {
  const page = getPage("about");
  if (!page) notFound();
  return page;
}

export function generateMetadata() {
  const page = aboutPage();
  return pageMetadata({ title: page.title, description: page.description, path: "/about" });
}

export default function AboutPage() {
  const page = aboutPage();
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/about", label: "About" }]} />
      <h1>{page.title}</h1>
      <p className="lead">{page.description}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />
    </div>
  );
}
