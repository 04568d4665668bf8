// The help a search shows first when the query touches a kind of danger: plain words per need, its part of /help and
// the lines (from lib/help-lines.json, so a number is written once). Plain data: page and live search render the same.
import { COUNTRIES, contactHref, contactLabel, countryName, directContacts, HELP_SERVICES, type Contact, type HelpTopic } from "../help-resources";
import { routes } from "../routes";
import { NEED_HELP } from "../safety-terms";
import type { Need } from "./safety";

interface HelpLink {
  label: string;
  href: string;
}

export interface SearchHelp {
  sections: { need: Need; title: string; text: string; link: HelpLink }[];
  /** The lines for these needs by place: a country, or "Wherever you live" for services that work anywhere. */
  lines: { place: string; services: { id: string; name: string; contacts: HelpLink[] }[] }[];
  /** Each country's emergency number. */
  emergency: HelpLink[];
}

/** Short, plain and kind: read at 2 a.m. */
const SECTIONS: Record<Need, { title: string; text: string; linkLabel: string; topics: HelpTopic[] }> = {
  crisis: {
    title: "You do not have to face this alone",
    text: "If you are thinking about ending your life or hurting yourself, please talk to someone today. These lines are private, and most are free.",
    linkLabel: "More help with thoughts of suicide or self-harm",
    topics: ["crisis"],
  },
  "threatens-self-harm": {
    title: "If someone says they will hurt themselves",
    text: "It is not your fault, and you do not have to stay. If they are in danger now, call the emergency number. A crisis line can help you know what to say and do.",
    linkLabel: "What to do when someone threatens to hurt themselves",
    topics: ["crisis"],
  },
  abuse: {
    title: "If someone hurts, scares, follows or controls you",
    text: "It is not your fault. These lines can help you stay safe, whether or not you want to leave. If they may check your phone, call from a phone they cannot see.",
    linkLabel: "More help with abuse, threats or control",
    topics: ["abuse"],
  },
  "own-behaviour": {
    title: "If you have hurt or scared someone, or fear you might",
    text: "There is help to stop. Please do not contact them to make it right. Talk to a line that helps people change.",
    linkLabel: "More help to stop",
    topics: ["own-behaviour"],
  },
  "image-abuse": {
    title: "If someone shares or threatens to share your photos",
    text: "You have done nothing wrong. Do not pay and do not send more. Keep screenshots if you can. These services can help get images taken down.",
    linkLabel: "More help with intimate images",
    topics: ["image-abuse"],
  },
};

/** Calls and texts work from any phone; a web page only for a service with nothing else (the rest are on /help). */
const reachBy = (contacts: Contact[]) => {
  const direct = directContacts(contacts);
  return direct.length ? direct : contacts;
};

const PLACES = [...COUNTRIES.map((c) => ({ code: c.code as string, name: c.name as string })), { code: "any", name: "Wherever you live" }];

/**
 * The help for a query's needs, in the order shown; undefined for none (most queries). Lines the reader named
 * (`named`: ids) come first, and so does their place: "mens advice line" opens on the UK and that line.
 */
export function helpFor(needs: readonly Need[], named: readonly string[] = []): SearchHelp | undefined {
  if (!needs.length) return undefined;
  const topics = new Set(needs.flatMap((need) => SECTIONS[need].topics));
  const first = <T>(list: T[], isNamed: (item: T) => boolean) => [...list.filter(isNamed), ...list.filter((item) => !isNamed(item))];
  const lines = first(
    PLACES.map((place) => ({
      place: place.name,
      services: first(
        HELP_SERVICES.filter((s) => s.country === place.code && topics.has(s.topic)),
        (s) => named.includes(s.id),
      ).map((s) => ({
        id: s.id,
        name: s.name,
        contacts: reachBy(s.contacts).map((c) => ({ label: contactLabel(c), href: contactHref(c) })),
      })),
    })),
    (place) => place.services.some((s) => named.includes(s.id)),
  ).filter((place) => place.services.length);
  return {
    sections: needs.map((need) => {
      const { title, text, linkLabel } = SECTIONS[need];
      return { need, title, text, link: { label: linkLabel, href: routes.help(NEED_HELP[need]) } };
    }),
    lines,
    emergency: HELP_SERVICES.filter((s) => s.topic === "emergency").flatMap((s) =>
      s.contacts.filter((c) => c.kind === "call").map((c) => ({ label: `${countryName(s.country) ?? s.country}: ${c.number}`, href: contactHref(c) })),
    ),
  };
}
