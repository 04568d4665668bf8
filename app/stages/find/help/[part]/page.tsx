import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SafetyBanner } from "@/components/SafetyBanner";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { NEED_HELP } from "@/lib/safety-terms";
import { FINDER_HELP, type FinderHelp } from "@/lib/stage-finder";
import shell from "@/components/shell.module.css";
import styles from "./finder-help.module.css";

type Props = { params: Promise<{ part: string }> };

const PARTS = Object.keys(FINDER_HELP) as FinderHelp[];
const isPart = (value: string): value is FinderHelp => (PARTS as string[]).includes(value);

export const dynamicParams = false;
export const generateStaticParams = () => PARTS.map((part) => ({ part }));

/** One neutral title for every result, so the history shows no more than the path does. */
export async function generateMetadata({ params }: Props) {
  const { part } = await params;
  return pageMetadata({ title: "Where to start", description: "Where the stage finder suggests you start.", path: routes.stageFinderHelp(part), noindex: true });
}

/** Where the finder sends a reader when there has been violence, threats or control: why, then the way to /help. */
export default async function FinderHelpPage({ params }: Props) {
  const { part } = await params;
  if (!isPart(part)) notFound();
  const { title, why, link, more, other } = FINDER_HELP[part];
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.stages, label: "Stages" }, { href: routes.stageFinder, label: "Find your stage" }, { href: routes.stageFinderHelp(part), label: "Where to start" }]} />
      <h1>{title}</h1>
      <p className={shell.lead} data-finder-why>{why}</p>
      <SafetyBanner />
      <p>
        <a href={routes.help(NEED_HELP[part])} className="button">{link}</a>
      </p>
      <p>{more}</p>
      {other ? (
        <p>
          {other.text} <a href={routes.help(NEED_HELP[other.part])}>{other.link}</a>.
        </p>
      ) : null}
      <p className={styles["finder-help__urgent"]}>
        In danger right now? <a href={routes.help("in-danger")}>Call your emergency number</a>. Thinking about ending your life?{" "}
        <a href={routes.help("crisis")}>Crisis lines can help now</a>.
      </p>
    </div>
  );
}
