import { CONTACT_GATE } from "@/lib/content/contact-gate";
import { routes, withAnchor } from "@/lib/routes";
import styles from "./ContactConditions.module.css";

/**
 * The contact gate in one line, with a link to the checks in full: what every listing shows for a
 * passage that advises contact, in place of an excerpt (a cut of contact advice can lose its
 * conditions). Free of the content loader, so any page or route can use it.
 */
export function ContactConditions() {
  return (
    <p className={styles["contact-conditions"]} data-contact-conditions>
      {CONTACT_GATE.conditions}{" "}
      <a href={withAnchor(routes.stage(CONTACT_GATE.checksStage), CONTACT_GATE.checksAnchor)}>{CONTACT_GATE.checksLabel}</a>
    </p>
  );
}
