// One support service on /help: how to reach it (tel: and sms: links, so a tap dials) and where its details come from.
import { contactHref, contactLabel, directContacts, type HelpGap, type HelpService, type Provenance } from "@/lib/help-resources";
import { describeSource } from "@/lib/help-provenance";
import styles from "./HelpServiceEntry.module.css";

/** Where the details come from, one line per page, folded under the entry so the ways to reach it come first. */
function Sources({ sources, website, gives, summary }: { sources: Provenance[]; website?: string; gives: string; summary: string }) {
  return (
    <details className={styles.resource__sources}>
      <summary>{summary}</summary>
      <ul>
        {sources.map((source, index) => {
          const { link, rest } = describeSource(source, { website, gives: index ? "the same details" : gives });
          return (
            <li key={`${source.url}#${source.confirms ?? ""}`} className={styles.resource__source} data-source-kind={source.kind} data-page-date={source.pageDate ?? ""}>
              <a href={source.url} rel="noreferrer">{link}</a>
              {rest}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function HelpServiceEntry({ service, headingLevel = 4, title = service.name }: { service: HelpService; headingLevel?: 3 | 4; title?: string }) {
  const Heading = `h${headingLevel}` as const;
  const dialled = directContacts(service.contacts).filter((contact) => !(contact.kind === "text" && contact.sameAsCall));
  const websiteIsListed = service.contacts.some((contact) => contact.kind === "web" && contact.url === service.website);
  const when = service.hours ?? (dialled.length && service.website ? "For opening hours, see their website." : undefined);
  const meta = [when, service.cost].filter(Boolean).join(" ");
  const gives = dialled.length > 1 ? "the numbers" : dialled.length ? "the number" : "these details";
  return (
    <li className={styles.resource} id={service.id} data-service={service.id}>
      <Heading>{title}</Heading>
      <p>{service.forWhat}</p>
      <ul className={styles.resource__how} aria-label={`Ways to reach ${service.name}`}>
        {service.contacts.map((contact) => (
          <li key={contactHref(contact)}>
            <a href={contactHref(contact)} rel={contact.kind === "web" ? "noreferrer" : undefined} className={styles.call}>
              {contactLabel(contact)}
            </a>
          </li>
        ))}
      </ul>
      {meta ? <p className={styles.card__meta}>{meta}</p> : null}
      {service.website && !websiteIsListed ? (
        <p className={styles.card__meta}>
          Their website:{" "}
          <a href={service.website} rel="noreferrer" data-website>
            {new URL(service.website).hostname.replace(/^www\d?\./, "")}
          </a>
        </p>
      ) : null}
      <Sources sources={service.sources} website={service.website} gives={gives} summary={dialled.length > 1 ? "Where these numbers come from" : dialled.length ? "Where this number comes from" : "Where this comes from"} />
    </li>
  );
}

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

export function HelpGapNote({ gap }: { gap: HelpGap }) {
  return (
    <div className={styles.gap} data-gap={`${gap.country}-${gap.topic}`}>
      <p>{gap.text}</p>
      <Sources sources={gap.sources} gives="this" summary="Where this comes from" />
    </div>
  );
}
