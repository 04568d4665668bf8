// Help above the results when a query touches suicide, self-harm, violence, threats, stalking, image abuse or fear
// of a partner; the live search renders it from the same data, so it reads the same with or without JavaScript.
import type { SearchHelp as Help } from "@/lib/search/help";
import { QuickExit } from "./QuickExit";
import styles from "./SearchHelp.module.css";

export function SearchHelp({ help, id }: { help: Help; id: string }) {
  const titleId = `${id}-title`;
  return (
    <section className={styles["search-help"]} aria-labelledby={titleId} data-search-help={help.sections.map((s) => s.need).join(" ")}>
      {help.sections.map((section, index) => (
        <div key={section.need} className={styles["search-help__need"]}>
          {index === 0 ? <h2 id={titleId}>{section.title}</h2> : <h2>{section.title}</h2>}
          <p>{section.text}</p>
          <p>
            <a href={section.link.href} className={styles["search-help__more"]}>{section.link.label}</a>
          </p>
        </div>
      ))}
      {help.lines.length ? (
        <ul className={styles["search-help__places"]} aria-label="Private lines by country, most of them free">
          {help.lines.map((place) => (
            <li key={place.place}>
              <strong>{place.place}:</strong>{" "}
              {place.services.map((service, index) => (
                <span key={service.id}>
                  {index ? "; " : null}
                  {service.name}{" "}
                  {service.contacts.map((contact, n) => (
                    <span key={contact.href}>
                      {n ? ", " : "("}
                      <a href={contact.href} rel={contact.href.startsWith("http") ? "noreferrer" : undefined}>{contact.label}</a>
                    </span>
                  ))}
                  {service.contacts.length ? ")" : null}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      <p className={styles["search-help__emergency"]}>
        <strong>In danger right now?</strong> Call the emergency number:{" "}
        {help.emergency.map((line, index) => (
          <span key={line.href + line.label}>
            {index ? ", " : null}
            <a href={line.href}>{line.label}</a>
          </span>
        ))}
        .
      </p>
      <QuickExit />
    </section>
  );
}
