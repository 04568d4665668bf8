import { Breadcrumbs } from "@/components/Breadcrumbs";
import { QuickExit } from "@/components/QuickExit";
import { US_RESOURCES } from "@/lib/help-resources";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const metadata = pageMetadata({
  title: "Get help now",
  description: "Free, confidential crisis and abuse support lines, and when to talk to a professional after a breakup.",
  path: routes.help(),
});

export default function HelpPage() {
  return (
    <div className="page page--help">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.help(), label: "Get help" }]} />
      <h1>Get help now</h1>
      <div className="safety-banner" role="note">
        <p>
          <strong>If you or someone else is in immediate danger, call 911</strong> (in the US) or your local
          emergency number.
        </p>
        <QuickExit />
      </div>
      <p className="lead">
        A breakup can knock the ground out from under you. If it has become more than you can carry, or if
        someone is frightening you, these services are free, confidential, and staffed by people trained to help.
      </p>

      <h2>In the United States</h2>
      <ul className="resource-list">
        {US_RESOURCES.map((resource) => (
          <li key={resource.name} className="resource">
            <h3>{resource.name}</h3>
            <p>{resource.forWhat}</p>
            <ul className="resource__how">
              {resource.how.map((way) => (
                <li key={way.label}>{way.href ? <a href={way.href}>{way.label}</a> : way.label}</li>
              ))}
            </ul>
            <p className="card__meta">{resource.hours}</p>
          </li>
        ))}
      </ul>

      <h2>Outside the United States</h2>
      <p>
        Most countries have a free crisis line and a domestic abuse helpline. To find the ones near you, visit{" "}
        <a href="https://findahelpline.com/">findahelpline.com</a>, an international directory of verified
        helplines searchable by country and topic, or ask your doctor or local emergency services. In the UK and
        Ireland, Samaritans answer day and night on <a href="tel:116123">116 123</a>.
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
        If someone may be watching your phone or computer, use a device they cannot access, and clear this
        site from your history afterwards. The <em>Leave this site quickly</em> button, or pressing Escape twice,
        replaces this page with a weather site.
      </p>
    </div>
  );
}
