/**
 * One support service on /help: who it is for, how to reach it (tel: and sms: links, so a tap on a
 * phone dials), opening hours where the service states them, and the page its details were checked
 * against, so a reader can confirm them at the source.
 */
import { formatDate } from "@/lib/format";
import { contactHref, contactLabel, type HelpService } from "@/lib/help-resources";
import styles from "./HelpServiceEntry.module.css";

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\d?\./, "");
}

export function HelpServiceEntry({ service, headingLevel = 4, title = service.name }: { service: HelpService; headingLevel?: 3 | 4; title?: string }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <li className={styles.resource} id={service.id} data-service={service.id}>
      <Heading>{title}</Heading>
      <p>{service.forWhat}</p>
      <ul className={styles.resource__how} aria-label={`Ways to reach ${service.name}`}>
        {service.contacts.map((contact) => (
          <li key={contactHref(contact)}>
            <a href={contactHref(contact)} rel={contact.kind === "web" ? "noreferrer" : undefined}>{contactLabel(contact)}</a>
          </li>
        ))}
      </ul>
      {service.hours ? <p className={styles.card__meta}>{service.hours}</p> : null}
      <p className={`${styles.card__meta} ${styles.resource__source}`}>
        Checked on <time dateTime={service.checked}>{formatDate(service.checked)}</time> against{" "}
        <a href={service.source} rel="noreferrer">{hostOf(service.source)}</a>
      </p>
    </li>
  );
}

/** A list of services under one heading, or nothing when the list is empty. */
export function HelpServiceList({ services, headingLevel }: { services: HelpService[]; headingLevel?: 3 | 4 }) {
  if (!services.length) return null;
  return (
    <ul className={styles["resource-list"]}>
      {services.map((service) => (
        <HelpServiceEntry key={service.id} service={service} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
