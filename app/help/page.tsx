import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HelpGapNote, HelpServiceEntry, HelpServiceList } from "@/components/HelpServiceEntry";
import { QuickExit } from "@/components/QuickExit";
import { contactHref, contactLabel, COUNTRIES, countryName, directContacts, gapsFor, HELP_SERVICES, servicesFor, type CountryCode, type HelpTopic } from "@/lib/help-resources";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import services from "@/components/HelpServiceEntry.module.css";
import shell from "@/components/shell.module.css";
import styles from "./help.module.css";

export const metadata = pageMetadata({
  title: "Get help now",
  description:
    "Emergency numbers, crisis lines, abuse support and lines that help people stop abusing, in the US, UK, Canada, Australia, Ireland and New Zealand. Each says where its number comes from.",
  path: routes.help(),
});

/** e.g. #uk-crisis */
const countryTopic = (country: CountryCode, topic: HelpTopic) => `${country}-${topic}`;

type CountryTopic = Exclude<HelpTopic, "emergency">;

/** The topics of each country's section, in the order a reader in trouble needs them. */
const TOPIC_HEADINGS: Record<CountryTopic, string> = {
  crisis: "Thoughts of suicide or self-harm",
  talk: "Someone to talk to",
  abuse: "Abuse, threats or control by a partner or ex",
  "own-behaviour": "If you are worried about your own behaviour",
  "image-abuse": "Threats to share intimate images",
};

/** "Your country:" links from a topic to that topic inside each country's section. */
function CountryLinks({ topic, label }: { topic: CountryTopic; label: string }) {
  return (
    <ul className={styles["country-links"]} aria-label={label}>
      {COUNTRIES.map((country) => {
        const names = servicesFor(country.code, topic).map((s) => s.name);
        if (!names.length) return null;
        return (
          <li key={country.code}>
            <a href={`#${countryTopic(country.code, topic)}`}>
              <strong>{country.name}:</strong> {names.join(", ")}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** Every country's crisis numbers, right in the crisis section: a reader in crisis should not need a second tap. */
function CrisisNumbers() {
  return (
    <ul className={styles["crisis-numbers"]} aria-label="Crisis lines by country">
      {COUNTRIES.map((country) => {
        const services = servicesFor(country.code, "crisis").filter((s) => directContacts(s.contacts).length);
        if (!services.length) return null;
        return (
          <li key={country.code} data-country={country.code}>
            <h3 className={styles["crisis-numbers__country"]}>{country.name}</h3>
            <ul>
              {services.map((service) => (
                <li key={service.id}>
                  <span className={styles["crisis-numbers__name"]}>
                    {service.name}
                    {/[?!.]$/.test(service.name) ? "" : ":"}
                  </span>{" "}
                  {directContacts(service.contacts).map((contact) => (
                    <a key={contactHref(contact)} href={contactHref(contact)} className={styles["crisis-numbers__link"]}>
                      {contact.kind === "text" && contact.sameAsCall ? `Text ${contact.number}` : contactLabel(contact)}
                    </a>
                  ))}
                </li>
              ))}
            </ul>
            <p className={styles["crisis-numbers__more"]}>
              <a href={`#${countryTopic(country.code, "crisis")}`}>More about these lines</a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export default function HelpPage() {
  const emergency = HELP_SERVICES.filter((s) => s.topic === "emergency");
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.help(), label: "Get help" }]} />
      <h1>Get help now</h1>
      <div className={styles["help-exit"]}>
        <QuickExit />
      </div>
      <p className={shell.lead}>
        If it is more than you can carry, or someone is scaring you, these lines can help. Most are free. Tap a number to
        call.
      </p>

      <section id="in-danger" aria-labelledby="in-danger-title" className={`${styles["help-section"]} ${styles["help-section--urgent"]}`}>
        <h2 id="in-danger-title">If you or someone else is in danger right now</h2>
        <p>Call the emergency number where you are. You do not need to be sure it is serious enough. The person who answers will help you decide.</p>
        <ul className={`${services["resource-list"]} ${styles["resource-list--compact"]}`}>
          {emergency.map((service) => (
            <HelpServiceEntry
              key={service.id}
              service={service}
              headingLevel={3}
              title={countryName(service.country) ?? service.name}
            />
          ))}
        </ul>
      </section>

      <section id="crisis" aria-labelledby="crisis-title" className={styles["help-section"]}>
        <h2 id="crisis-title">{TOPIC_HEADINGS.crisis}</h2>
        <p>
          If you are thinking about ending your life or hurting yourself, please talk to someone today. You do not have
          to be in danger right now. You do not have to know what to say. If you might act on those thoughts now, call the{" "}
          <a href="#in-danger">emergency number</a> instead.
        </p>
        <CrisisNumbers />
      </section>

      <nav aria-labelledby="country-picker-title" className={styles["country-picker"]}>
        <h2 id="country-picker-title">Where are you?</h2>
        <p>Jump to the lines in your country:</p>
        <ul>
          {COUNTRIES.map((country) => (
            <li key={country.code}>
              <a href={`#${country.code}`}>{country.name}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="abuse" aria-labelledby="abuse-title" className={styles["help-section"]}>
        <h2 id="abuse-title">{TOPIC_HEADINGS.abuse}</h2>
        <p>
          A partner or ex may hurt you, threaten you, watch or control what you do, or refuse to accept that it is over.
          That is abuse, and it is not your fault. These lines can help you work out what to do and make a plan to stay
          safe. You do not have to leave or report anything to call them. Some lines are for women and some are for men.
          Each one says who it is for. If they may be checking your phone, call from a phone they cannot see.
        </p>
        <p>
          These lines are for the people being hurt. If you are the one who has hurt, threatened or controlled someone,
          see <a href="#own-behaviour">if you are worried about your own behaviour</a>.
        </p>
        <CountryLinks topic="abuse" label="Abuse lines by country" />
      </section>

      <section id="own-behaviour" aria-labelledby="own-behaviour-title" className={styles["help-section"]}>
        <h2 id="own-behaviour-title">{TOPIC_HEADINGS["own-behaviour"]}</h2>
        <p>
          Maybe you have hurt, threatened or scared a partner or ex. Maybe you check their phone, or try to control who
          they see. Or you fear that you might. The lines below help people stop. They will not judge you.
        </p>
        <p>
          These lines are not a way back to your ex. Do not contact your ex to make things right, now or after you get
          help. If they ever choose to contact you, follow their lead and any court order.
        </p>
        <CountryLinks topic="own-behaviour" label="Lines that help people stop, by country" />
      </section>

      <section id="someone-threatens-self-harm" aria-labelledby="threatens-title" className={styles["help-section"]}>
        <h2 id="threatens-title">If someone says they will hurt themselves if you leave</h2>
        <p>
          Hearing &ldquo;if you leave, I&rsquo;ll hurt myself&rdquo; is frightening. It can make leaving feel impossible.
          Some people say it because they are in real pain. Some say it to keep control. Either way, the same things help.
        </p>
        <ul>
          <li>
            If you believe they are about to hurt themselves, or already have, call the{" "}
            <a href="#in-danger">emergency number</a> where they are. That is the right call, not a betrayal.
          </li>
          <li>
            The <a href="#crisis">crisis lines</a> on this page also help people who are worried about someone else. They
            can help you work out what to say and do next.
          </li>
          <li>
            You are not responsible for keeping another adult alive by staying. Their safety matters. It belongs with them
            and with people trained to help, not with you alone.
          </li>
          <li>Do not stay because of the threat. Staying rarely makes it go away. It often comes back the next time you try to leave.</li>
          <li>
            If the threat comes with pressure, anger or fear, talk to an <a href="#abuse">abuse line</a> too. A threat like
            this, used to keep you, can be a way of controlling you.
          </li>
        </ul>
      </section>

      <section id="image-abuse" aria-labelledby="image-abuse-title" className={styles["help-section"]}>
        <h2 id="image-abuse-title">{TOPIC_HEADINGS["image-abuse"]}</h2>
        <p>
          If someone has shared nude or sexual photos or videos of you, or threatens to, you have done nothing wrong. In
          many places what they are doing is a crime. Do not pay them or send more. If you can, keep screenshots of the
          messages and links before you block or report. Then get help to remove the images.
        </p>
        <HelpServiceList services={servicesFor("any", "image-abuse")} headingLevel={3} />
        <CountryLinks topic="image-abuse" label="Image-abuse help by country" />
      </section>

      <h2>Lines in your country</h2>
      {COUNTRIES.map((country) => (
        <section key={country.code} id={country.code} aria-labelledby={`${country.code}-title`} className={styles["help-country"]}>
          <h3 id={`${country.code}-title`}>{country.name}</h3>
          {(Object.keys(TOPIC_HEADINGS) as CountryTopic[]).map((topic) => {
            const services = servicesFor(country.code, topic);
            if (!services.length) return null;
            return (
              <div key={topic} id={countryTopic(country.code, topic)} className={styles["help-country__topic"]}>
                <h4 className={styles["help-country__topic-title"]}>{TOPIC_HEADINGS[topic]}</h4>
                <HelpServiceList services={services} />
                {gapsFor(country.code, topic).map((gap) => (
                  <HelpGapNote key={gap.text} gap={gap} />
                ))}
              </div>
            );
          })}
          <p>
            <a href="#in-danger">Emergency number</a> · <a href="#country-picker-title">Another country</a>
          </p>
        </section>
      ))}

      <h2>Where the numbers come from</h2>
      <p>
        A wrong number is worse than none. Under each line, tap &ldquo;Where this number comes from&rdquo; to see the page
        it comes from and how old that page is. We use the service&rsquo;s own page where we can. If not, we use a page of
        a public body, such as the police or a health service. If we use a news report or another site, we say so. We
        look at every line again within six months. We only list a number we found on such a page.
      </p>

      <h2>Somewhere else?</h2>
      <p>
        We only list lines we have checked, so other countries are not here yet. Wherever you are, the local emergency
        number is the right call when someone is in danger. A doctor, a hospital or the police can tell you which lines
        serve your area.
      </p>

      <h2>When to talk to a professional</h2>
      <p>Sadness, anger and sleepless nights are normal after a breakup. Please reach out to a doctor, a counsellor or one of the lines above if:</p>
      <ul>
        <li>you have thoughts of ending your life, or of hurting yourself or someone else;</li>
        <li>weeks have passed and you still cannot sleep, eat, work or look after yourself;</li>
        <li>you are drinking or using drugs to get through the day;</li>
        <li>your ex, or anyone, threatens you, follows you, watches your phone or pushes you to get back together;</li>
        <li>you notice yourself doing those things, or you cannot stop contacting someone who asked you not to.</li>
      </ul>
      <p>Asking for help is not a failure, and it is not making a fuss. It is what you would want a friend to do.</p>

      <h2 id="privacy">Your privacy</h2>
      <p>
        This site does not track you. Your browser still keeps a list of the pages you open. Delete this site from your
        history when you are done, or use a private window. The <em>Leave this site quickly</em> button, or Escape pressed
        twice, swaps this page for a weather page. It only swaps this one page, so still clear your history. If someone may check
        your phone, use one they cannot get into.
      </p>
    </div>
  );
}
