import { CONTACT_GATE } from "@/lib/content/contact-gate";
import { routes, withAnchor } from "@/lib/routes";
import styles from "./ContactConditions.module.css";

/** In listings, in place of an excerpt of contact advice (a cut could lose its conditions); free of the content loader. */
export function ContactConditions() {
  return (
    <p className={styles["contact-conditions"]} data-contact-conditions>
      {CONTACT_GATE.conditions}{" "}
      <a href={withAnchor(routes.stage(CONTACT_GATE.checksStage), CONTACT_GATE.checksAnchor)}>{CONTACT_GATE.checksLabel}</a>
    </p>
  );
}
