/**
 * One support service on /help: who it is for, how to reach it (tel: and sms: links, so a tap on a
 * phone dials), its opening hours where a page we read states them, its own website, and where and
 * when its details were checked, said as plainly as the page it came from deserves.
 */
import { formatDate, formatPartialDate } from "@/lib/format";
import { contactHref, contactLabel, type HelpService, type Provenance } from "@/lib/help-resources";
import styles from "./HelpServiceEntry.module.css";

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\d?\./, "");
}

/** Whether `url` is on the service's own website (the same host, or a host under it). */
function isOnWebsite(url: string, website: string | undefined): boolean {
  if (!website) return false;
  const [host, site] = [hostOf(url), hostOf(website)];
  return host === site || host.endsWith(`.${site}`);
}

/** "The page is from 2016." or "The page is dated 5 September 2016.", when the page shows a date. */
function pageAge(pageDate: string | undefined): string {
  if (!pageDate) return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(pageDate) ? ` The page is dated ${formatPartialDate(pageDate)}.` : ` The page is from ${formatPartialDate(pageDate)}.`;
}

/**
 * "Checked 1 December 2026 on the service's own page." One line per page the details were read on,
 * saying whose page it was, how old, what it confirms, and (for weaker pages) why we used it.
 */
function SourceLine({ source, website }: { source: Provenance; website: string | undefined }) {
  const where = source.kind === "service" && isOnWebsite(source.url, website) ? "the service's own page" : `a page of ${source.by}`;
  return (
    <p className={`${styles.card__meta} ${styles.resource__source}`} data-source-kind={source.kind}>
      Checked <time dateTime={source.checked}>{formatDate(source.checked)}</time> on{" "}
      <a href={source.url} rel="noreferrer">
        {where}
      </a>
      {source.kind === "public-body" ? ", a public body" : ""}.{source.confirms ? ` It confirms ${source.confirms}.` : ""}
      {pageAge(source.pageDate)}
      {source.note ? ` ${source.note}` : ""}
    </p>
  );
}

export function HelpServiceEntry({ service, headingLevel = 4, title = service.name }: { service: HelpService; headingLevel?: 3 | 4; title?: string }) {
  const Heading = `h${headingLevel}` as const;
  const dials = service.contacts.some((contact) => contact.kind !== "web");
  const websiteIsListed = service.contacts.some((contact) => contact.kind === "web" && contact.url === service.website);
  return (
    <li className={styles.resource} id={service.id} data-service={service.id}>
      <Heading>{title}</Heading>
      <p>{service.forWhat}</p>
      <ul className={styles.resource__how} aria-label={`Ways to reach ${service.name}`}>
        {service.contacts.map((contact) => (
          <li key={contactHref(contact)}>
            <a href={contactHref(contact)} rel={contact.kind === "web" ? "noreferrer" : undefined}>
              {contactLabel(contact)}
            </a>
          </li>
        ))}
      </ul>
      {service.hours ? (
        <p className={styles.card__meta}>{service.hours}</p>
      ) : dials && service.website ? (
        <p className={styles.card__meta}>For opening hours, see their website.</p>
      ) : null}
      {service.website && !websiteIsListed ? (
        <p className={styles.card__meta}>
          Their website:{" "}
          <a href={service.website} rel="noreferrer" data-website>
            {hostOf(service.website)}
          </a>
        </p>
      ) : null}
      {service.sources.map((source) => (
        <SourceLine key={`${source.url}#${source.confirms ?? ""}`} source={source} website={service.website} />
      ))}
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
