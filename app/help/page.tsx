import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HelpServiceEntry, HelpServiceList } from "@/components/HelpServiceEntry";
import { QuickExit } from "@/components/QuickExit";
import { COUNTRIES, HELP_SERVICES, servicesFor, type CountryCode, type HelpTopic } from "@/lib/help-resources";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import services from "@/components/HelpServiceEntry.module.css";
import shell from "@/components/shell.module.css";
import styles from "./help.module.css";

export const metadata = pageMetadata({
  title: "Get help now",
  description: "Emergency numbers, crisis lines and domestic-abuse support in the US, UK, Canada, Australia, Ireland and New Zealand, each checked against the service's own page.",
  path: routes.help(),
});

/** The anchor of one topic inside one country's section, e.g. #uk-crisis. */
const countryTopic = (country: CountryCode, topic: HelpTopic) => `${country}-${topic}`;

const TOPIC_HEADINGS: Record<Exclude<HelpTopic, "emergency">, string> = {
  crisis: "Thoughts of suicide or self-harm",
  abuse: "Abuse, threats or control by a partner or ex",
  "image-abuse": "Threats to share intimate images",
};

/** "Your country:" links from a topic to that topic inside each country's section. */
function CountryLinks({ topic, label }: { topic: Exclude<HelpTopic, "emergency">; label: string }) {
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
        A breakup can knock the ground out from under you. If it has become more than you can carry, or if someone
        is frightening you, the services below are free, confidential, and staffed by people trained to help.
        Nothing on this page tracks where you are or remembers that you visited.
      </p>

      <section id="in-danger" aria-labelledby="in-danger-title" className={`${styles["help-section"]} ${styles["help-section--urgent"]}`}>
        <h2 id="in-danger-title">If you or someone else is in danger right now</h2>
        <p>Call the emergency number where you are. You do not need to be sure it is serious enough: the call handler will decide with you.</p>
        <ul className={`${services["resource-list"]} ${styles["resource-list--compact"]}`}>
          {emergency.map((service) => (
            <HelpServiceEntry
              key={service.id}
              service={service}
              headingLevel={3}
              title={COUNTRIES.find((c) => c.code === service.country)?.name ?? service.name}
            />
          ))}
        </ul>
      </section>

      <nav aria-labelledby="country-picker-title" className={styles["country-picker"]}>
        <h2 id="country-picker-title">Where are you?</h2>
        <p>Jump to the services in your country:</p>
        <ul>
          {COUNTRIES.map((country) => (
            <li key={country.code}>
              <a href={`#${country.code}`}>{country.name}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="crisis" aria-labelledby="crisis-title" className={styles["help-section"]}>
        <h2 id="crisis-title">{TOPIC_HEADINGS.crisis}</h2>
        <p>
          If you are thinking about ending your life or hurting yourself, please talk to someone today. You do not have
          to be in immediate danger, and you do not have to know what to say. If you might act on those thoughts now,
          call the <a href="#in-danger">emergency number</a> instead.
        </p>
        <CountryLinks topic="crisis" label="Crisis lines by country" />
      </section>

      <section id="abuse" aria-labelledby="abuse-title" className={styles["help-section"]}>
        <h2 id="abuse-title">{TOPIC_HEADINGS.abuse}</h2>
        <p>
          If a partner or ex hurts you, threatens you, watches or controls what you do, or will not accept that it is
          over, that is abuse, and it is not your fault. These lines can help you think through what to do and make a
          plan to stay safe, whether or not you want to leave or report anything. If they may be checking your phone,
          call from a phone they cannot see.
        </p>
        <p>
          If you are worried about your own behaviour, because you have hurt, threatened or controlled a partner or ex,
          or fear you might: do not contact them to make it right. Talk to a service that helps people stop. In the UK
          that is the <a href="#uk-respect-phoneline">Respect Phoneline</a>; in the US, the{" "}
          <a href="#us-hotline">National Domestic Violence Hotline</a> also talks with people who worry about how they
          treat a partner. The other lines here are for the people being hurt.
        </p>
        <CountryLinks topic="abuse" label="Domestic-abuse lines by country" />
      </section>

      <section id="someone-threatens-self-harm" aria-labelledby="threatens-title" className={styles["help-section"]}>
        <h2 id="threatens-title">If someone says they will hurt themselves if you leave</h2>
        <p>
          Hearing &ldquo;if you leave, I&rsquo;ll hurt myself&rdquo; is frightening, and it can make leaving feel
          impossible. Some people say it because they are in real pain; some say it to keep control. Either way, the
          same things help.
        </p>
        <ul>
          <li>
            If you believe they are about to hurt themselves, or they already have, call the{" "}
            <a href="#in-danger">emergency number</a> where they are. That is the right call, not a betrayal.
          </li>
          <li>
            The <a href="#crisis">crisis lines</a> on this page also talk with people who are worried about someone
            else. They can help you work out what to say and what to do next.
          </li>
          <li>
            You are not responsible for keeping another adult alive by staying in a relationship. Their safety matters,
            and it belongs with them and with people trained to help, not with you alone.
          </li>
          <li>
            Do not stay because of the threat. Staying rarely makes the threat go away, and it often comes back the
            next time you try to leave.
          </li>
          <li>
            If the threat comes with pressure, anger or fear, talk to one of the{" "}
            <a href="#abuse">domestic-abuse lines</a> too: a threat of self-harm used to keep you can be a form of
            control.
          </li>
        </ul>
      </section>

      <section id="image-abuse" aria-labelledby="image-abuse-title" className={styles["help-section"]}>
        <h2 id="image-abuse-title">{TOPIC_HEADINGS["image-abuse"]}</h2>
        <p>
          If someone has shared intimate photos or videos of you, or threatens to, you have done nothing wrong, and in
          many places what they are doing is a crime. Do not pay or send more images. If you can, keep screenshots of
          the messages and links before you block or report, then get help removing the images.
        </p>
        <HelpServiceList services={servicesFor("any", "image-abuse")} headingLevel={3} />
        <CountryLinks topic="image-abuse" label="Image-abuse help by country" />
      </section>

      <h2>Services in your country</h2>
      {COUNTRIES.map((country) => (
        <section key={country.code} id={country.code} aria-labelledby={`${country.code}-title`} className={styles["help-country"]}>
          <h3 id={`${country.code}-title`}>{country.name}</h3>
          {(Object.keys(TOPIC_HEADINGS) as (keyof typeof TOPIC_HEADINGS)[]).map((topic) => {
            const services = servicesFor(country.code, topic);
            if (!services.length) return null;
            return (
              <div key={topic} id={countryTopic(country.code, topic)} className={styles["help-country__topic"]}>
                <h4 className={styles["help-country__topic-title"]}>{TOPIC_HEADINGS[topic]}</h4>
                <HelpServiceList services={services} />
              </div>
            );
          })}
          <p>
            <a href="#in-danger">Emergency number</a> · <a href="#country-picker-title">Another country</a>
          </p>
        </section>
      ))}

      <h2>Somewhere else?</h2>
      <p>
        We only list services we have checked against their own pages, so other countries are not here yet. Wherever
        you are, the local emergency number is the right call when someone is in danger, and a doctor, a hospital or
        the police can tell you which crisis and abuse lines serve your area.
      </p>

      <h2>When to talk to a professional</h2>
      <p>Sadness, anger and sleepless nights are normal after a breakup. Please reach out to a doctor, counsellor or one of the lines above if:</p>
      <ul>
        <li>you have thoughts of ending your life or of hurting yourself or someone else;</li>
        <li>weeks have passed and you still cannot sleep, eat, work or look after yourself;</li>
        <li>you are drinking or using drugs to get through the day;</li>
        <li>your ex, or anyone, threatens you, follows you, monitors your phone or accounts, or pressures you to get back together;</li>
        <li>you notice yourself doing those things, or feel unable to stop contacting someone who asked you not to.</li>
      </ul>
      <p>
        Asking for help is not a failure and it is not an overreaction. It is what you would want a friend to do.
      </p>

      <h2>Staying safe online</h2>
      <p>
        If someone may be watching your phone or computer, use a device they cannot access, and clear this site from
        your history afterwards. The <em>Leave this site quickly</em> button, or pressing Escape twice, replaces this
        page with a weather site.
      </p>
    </div>
  );
}
