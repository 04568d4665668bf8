import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { StageFinder } from "@/components/StageFinder";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { FINDER_QUESTIONS, parseFinderAnswers, suggestPlace } from "@/lib/stage-finder";
import { countInWords } from "@/lib/format";
import shell from "@/components/shell.module.css";

export const metadata = pageMetadata({
  title: "Find your stage",
  description: `${countInWords(FINDER_QUESTIONS.length, { capital: true })} plain questions that point you to the guidance written for where you are after a breakup.`,
  path: routes.stageFinder,
  noindex: true,
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Answers arrive as a GET query; complete answers go straight to the page that fits. */
export default async function FindStagePage({ searchParams }: Props) {
  const parsed = parseFinderAnswers(await searchParams);
  if (parsed.ok) {
    const place = suggestPlace(parsed.answers);
    redirect("stage" in place ? routes.stage(place.stage) : routes.help(place.help));
  }
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.stages, label: "Stages" }, { href: routes.stageFinder, label: "Find your stage" }]} />
      <h1>Find your stage</h1>
      <StageFinder missing={parsed.missing} />
    </div>
  );
}
