import { Breadcrumbs } from "@/components/Breadcrumbs";
import { StageFinder } from "@/components/StageFinder";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { FINDER_QUESTIONS } from "@/lib/stage-finder";
import { countInWords } from "@/lib/format";
import shell from "@/components/shell.module.css";

export const metadata = pageMetadata({
  title: "Find your stage",
  description: `${countInWords(FINDER_QUESTIONS.length, { capital: true })} plain questions that point you to the guidance written for where you are after a breakup.`,
  path: routes.stageFinder,
  noindex: true,
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NAMES = new Set<string>(FINDER_QUESTIONS.map((q) => q.name));

/** Answers are posted (app/stages/find/answers), never read from the URL; `unanswered` names the ones left out. */
export default async function FindStagePage({ searchParams }: Props) {
  const { unanswered } = await searchParams;
  const missing = (Array.isArray(unanswered) ? unanswered[0] : unanswered)?.split(/[\s,]+/).filter((name) => NAMES.has(name)) ?? [];
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.stages, label: "Stages" }, { href: routes.stageFinder, label: "Find your stage" }]} />
      <h1>Find your stage</h1>
      <StageFinder missing={[...new Set(missing)]} />
    </div>
  );
}
