import { Breadcrumbs } from "@/components/Breadcrumbs";
import { StageFinder } from "@/components/StageFinder";
import { getStages, passagesForStage } from "@/lib/content";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import styles from "./stages.module.css";
import shell from "@/components/shell.module.css";

export const metadata = pageMetadata({
  title: "Stages of a breakup",
  description: "From the first raw days to rebuilding or moving on: guidance for each stage, with the passages that fit it.",
  path: routes.stages,
});

export default function StagesPage() {
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.stages, label: "Stages" }]} />
      <h1>Stages of a breakup</h1>
      <p className={shell.lead}>
        Most breakups move through the same few moments, though rarely in a straight line. Start from the one
        that sounds like today.
      </p>
      <ol className={styles.timeline} aria-label="The stages in order">
        {getStages().map((stage) => (
          <li key={stage.slug} className={styles.timeline__item}>
            <span className={styles.timeline__step} aria-hidden="true">{stage.step}</span>
            <h2 className={styles.timeline__title}>
              <a href={routes.stage(stage.slug)}>{stage.title}</a>
            </h2>
            <p>{stage.summary}</p>
            <p className={styles.card__meta}>{plural(passagesForStage(stage.slug).length, "passage")} from the guides</p>
          </li>
        ))}
      </ol>
      <div id="finder" className={styles.finder}>
        <StageFinder />
      </div>
    </div>
  );
}
