/**
 * One support service on /help: who it is for, how to reach it (tel: and sms: links, so a tap on a
 * phone dials), its opening hours and cost where a page we read states them, its own website, and,
 * folded away below, where its details come from: whose page, what kind, and how old, in plain words.
 */
import { contactHref, contactLabel, directContacts, type HelpGap, type HelpService, type Provenance } from "@/lib/help-resources";
import { describeSource } from "@/lib/help-provenance";
import styles from "./HelpServiceEntry.module.css";

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\d?\./, "");
}

/** "A page of Police Scotland (a public body, no date shown) gives the number." One line per page. */
function SourceLine({ source, website, gives }: { source: Provenance; website: string | undefined; gives: string }) {
  const { link, rest } = describeSource(source, { website, gives });
  return (
    <li className={styles.resource__source} data-source-kind={source.kind} data-page-date={source.pageDate ?? ""}>
      <a href={source.url} rel="noreferrer">
        {link}
      </a>
      {rest}
    </li>
  );
}

/** Where the details come from, folded under the entry so the ways to reach it come first. */
function Sources({ sources, website, gives, summary }: { sources: Provenance[]; website?: string; gives: string; summary: string }) {
  return (
    <details className={styles.resource__sources}>
      <summary>{summary}</summary>
      <ul>
        {sources.map((source, index) => (
          <SourceLine key={`${source.url}#${source.confirms ?? ""}`} source={source} website={website} gives={index ? "the same details" : gives} />
        ))}
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
            {hostOf(service.website)}
          </a>
        </p>
      ) : null}
      <Sources sources={service.sources} website={service.website} gives={gives} summary={dialled.length > 1 ? "Where these numbers come from" : dialled.length ? "Where this number comes from" : "Where this comes from"} />
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

/** A need a country has no line for, said plainly, with where its statement comes from. */
export function HelpGapNote({ gap }: { gap: HelpGap }) {
  return (
    <div className={styles.gap} data-gap={`${gap.country}-${gap.topic}`}>
      <p>{gap.text}</p>
      <Sources sources={gap.sources} gives="this" summary="Where this comes from" />
    </div>
  );
}
