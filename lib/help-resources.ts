/**
 * The support services listed on /help, for the six countries our readers come from.
 *
 * Every number, text code and address below was checked against a page the service itself (or, for
 * emergency numbers, the public body that runs them) publishes; `source` is that page and `checked`
 * the day we read it. A wrong crisis number is worse than none: services we could not confirm that
 * way are left out, not guessed. To add or change an entry, read the service's own page first and
 * update `source` and `checked` with it.
 */

export const COUNTRIES = [
  { code: "us", name: "United States" },
  { code: "uk", name: "United Kingdom" },
  { code: "ca", name: "Canada" },
  { code: "au", name: "Australia" },
  { code: "ie", name: "Ireland" },
  { code: "nz", name: "New Zealand" },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]["code"];

/** What a service is for; each is one section of /help. */
export type HelpTopic = "emergency" | "crisis" | "abuse" | "image-abuse";

export type Contact =
  /** A phone number as the service writes it; `tel` the digits to dial from inside that country (freephone numbers often cannot be reached from abroad). */
  | { kind: "call"; number: string; tel: string; note?: string }
  /** A text line: send `keyword` (if any) to `number`; `sameAsCall` when it is the number listed for calls too. */
  | { kind: "text"; number: string; keyword?: string; sameAsCall?: boolean }
  /** A web page of the service (chat, reporting form, finder). */
  | { kind: "web"; url: string; label: string };

export interface HelpService {
  /** Stable id, also used as the HTML id of the entry on /help. */
  id: string;
  /** A country, or "any" for services that work wherever the reader lives. */
  country: CountryCode | "any";
  topic: HelpTopic;
  name: string;
  /** Who it is for, in our words. */
  forWhat: string;
  contacts: Contact[];
  /** Opening hours, only where the source states them. */
  hours?: string;
  /** The service's own page the details were checked against. */
  source: string;
  /** The day the details were checked, YYYY-MM-DD. */
  checked: string;
}

const CHECKED = "2026-11-23";

export const HELP_SERVICES: HelpService[] = [
  // Emergency numbers: one per country, listed together at the top of /help.
  {
    id: "us-emergency",
    country: "us",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When you, or someone else, is in danger now or needs urgent help.",
    contacts: [{ kind: "call", number: "911", tel: "911" }],
    source: "https://hancockin.gov/206/When-to-Call",
    checked: CHECKED,
  },
  {
    id: "uk-emergency",
    country: "uk",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When you, or someone else, is in danger now. If you cannot speak, call from a mobile and press 55 when asked: the police will know it is a real emergency.",
    contacts: [{ kind: "call", number: "999", tel: "999" }],
    source: "https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/",
    checked: CHECKED,
  },
  {
    id: "ca-emergency",
    country: "ca",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When someone's life is in danger. In the few places where it does not work, use the local emergency number.",
    contacts: [{ kind: "call", number: "911", tel: "911" }],
    source: "https://endvaw.ca/covid-19-public/",
    checked: CHECKED,
  },
  {
    id: "au-emergency",
    country: "au",
    topic: "emergency",
    name: "Triple Zero",
    forWhat: "When you, or someone else, is unsafe now.",
    contacts: [{ kind: "call", number: "000", tel: "000" }],
    source: "https://www.esafety.gov.au/key-issues/image-based-abuse/faq",
    checked: CHECKED,
  },
  {
    id: "ie-emergency",
    country: "ie",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "Gardaí, ambulance, fire brigade or coast guard. Both numbers are free and reach the same services.",
    contacts: [
      { kind: "call", number: "112", tel: "112" },
      { kind: "call", number: "999", tel: "999" },
    ],
    source: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
    checked: CHECKED,
  },
  {
    id: "nz-emergency",
    country: "nz",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When you, or someone else, needs urgent help.",
    contacts: [{ kind: "call", number: "111", tel: "111" }],
    source: "https://womensrefuge.org.nz/get-help/",
    checked: CHECKED,
  },

  // United States
  {
    id: "us-988",
    country: "us",
    topic: "crisis",
    name: "988 Suicide & Crisis Lifeline",
    forWhat: "If you are thinking about suicide, are in emotional distress, or are worried about someone else.",
    contacts: [
      { kind: "call", number: "988", tel: "988" },
      { kind: "text", number: "988", sameAsCall: true },
    ],
    hours: "24 hours a day, every day; free and confidential",
    // A crisis centre of the 988 Lifeline network, describing the national number it answers.
    source: "https://contactlistens.org/get-help/",
    checked: CHECKED,
  },
  {
    id: "us-hotline",
    country: "us",
    topic: "abuse",
    name: "National Domestic Violence Hotline",
    forWhat: "If a partner or ex hurts, threatens, controls or frightens you, if you are planning to leave safely, or if you worry about how you treat a partner.",
    contacts: [
      { kind: "call", number: "1-800-799-7233", tel: "18007997233", note: "1-800-799-SAFE" },
      { kind: "text", number: "88788", keyword: "START" },
      { kind: "web", url: "https://www.thehotline.org/", label: "Chat at thehotline.org" },
    ],
    hours: "24 hours a day, every day",
    // The Hotline's own contact page is not among the stored copies we can check against; this is the
    // page of the US Department of Justice's Office for Victims of Crime, which funds the Hotline and
    // publishes its call, TTY and text details.
    source: "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
    checked: CHECKED,
  },
  {
    id: "us-loveisrespect",
    country: "us",
    topic: "abuse",
    name: "love is respect",
    forWhat: "Especially for young people: talk through dating, a breakup, or whether a relationship is healthy, or get help with a partner or ex who hurts, threatens or controls you. A project of the National Domestic Violence Hotline.",
    contacts: [
      { kind: "call", number: "1-866-331-9474", tel: "18663319474" },
      { kind: "text", number: "22522", keyword: "LOVEIS" },
      { kind: "web", url: "https://www.loveisrespect.org/", label: "Chat at loveisrespect.org" },
    ],
    source: "http://www.loveisrespect.org/content/category/respectext/",
    checked: CHECKED,
  },
  {
    id: "us-ccri",
    country: "us",
    topic: "image-abuse",
    name: "Cyber Civil Rights Initiative Safety Center",
    forWhat: "Step-by-step help if someone has shared, or threatens to share, intimate images of you: staying safe, keeping evidence, getting images taken down, and the law where you live.",
    contacts: [{ kind: "web", url: "https://cybercivilrights.org/ccri-safety-center", label: "Open the CCRI Safety Center" }],
    source: "https://cybercivilrights.org/ccri-safety-center",
    checked: CHECKED,
  },

  // United Kingdom
  {
    id: "uk-samaritans",
    country: "uk",
    topic: "crisis",
    name: "Samaritans",
    forWhat: "If you are struggling to cope, thinking about suicide, or worried about someone. Your number is not shown to the volunteer.",
    contacts: [{ kind: "call", number: "116 123", tel: "116123" }],
    hours: "Day or night, every day; free from landlines and mobiles",
    source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    checked: CHECKED,
  },
  {
    id: "uk-shout",
    country: "uk",
    topic: "crisis",
    name: "Shout",
    forWhat: "If you would rather text than talk, about anything that feels like too much.",
    contacts: [{ kind: "text", number: "85258", keyword: "SHOUT" }],
    hours: "24 hours a day, every day; free",
    source: "https://giveusashout.org/about-us/faq/",
    checked: CHECKED,
  },
  {
    id: "uk-ndah",
    country: "uk",
    topic: "abuse",
    name: "National Domestic Abuse Helpline (run by Refuge)",
    forWhat: "If a partner or ex is abusing, threatening or controlling you. You can also ask for a safe time to be called back through their website.",
    contacts: [
      { kind: "call", number: "0808 2000 247", tel: "08082000247" },
      { kind: "web", url: "https://www.nationaldahelpline.org.uk/", label: "nationaldahelpline.org.uk" },
    ],
    hours: "24 hours a day, every day; free",
    source: "https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19",
    checked: CHECKED,
  },
  {
    id: "uk-respect-phoneline",
    country: "uk",
    topic: "abuse",
    name: "Respect Phoneline",
    forWhat: "If you are worried that you have been violent, threatening or controlling towards a partner or ex, or that you might be: confidential, non-judgemental help to stop.",
    contacts: [{ kind: "call", number: "0808 802 4040", tel: "08088024040" }],
    hours: "Monday to Thursday, 10am to 8pm (shorter hours on other days)",
    // Respect runs the Phoneline; this is the site of Make a Change, Respect's own behaviour-change
    // programme, which gives the Phoneline's number and hours. Respect's pages in the stored copies
    // describe the line without the number.
    source: "https://makeachange.uk.net/for-a-friend-family-or-community-member-copy",
    checked: "2026-11-30",
  },
  {
    id: "uk-revenge-porn-helpline",
    country: "uk",
    topic: "image-abuse",
    name: "Revenge Porn Helpline",
    forWhat: "For adults in the UK whose intimate images have been shared without consent, or who are being threatened with it: advice, and help reporting and removing the images.",
    contacts: [{ kind: "call", number: "0345 6000 459", tel: "03456000459" }],
    hours: "Monday to Friday, 10am to 4pm",
    source: "https://swgfl.org.uk/helplines/revenge-porn-helpline/",
    checked: CHECKED,
  },

  // Canada
  {
    id: "ca-988",
    country: "ca",
    topic: "crisis",
    name: "9-8-8: Suicide Crisis Helpline",
    forWhat: "If you are thinking about suicide, or you are worried about someone else. In English or French.",
    contacts: [
      { kind: "call", number: "9-8-8", tel: "988" },
      { kind: "text", number: "9-8-8", sameAsCall: true },
    ],
    hours: "24 hours a day, every day; toll free",
    source: "https://988.ca/get-help/what-to-expect",
    checked: CHECKED,
  },
  {
    id: "ca-sheltersafe",
    country: "ca",
    topic: "abuse",
    name: "ShelterSafe (Women's Shelters Canada)",
    forWhat: "A map of women's shelters and transition houses across Canada with their crisis phone lines. Most answer day and night, and you do not need to stay in a shelter to call one for support or a safety plan.",
    contacts: [{ kind: "web", url: "https://sheltersafe.ca/", label: "Find a shelter near you at sheltersafe.ca" }],
    source: "https://sheltersafe.ca/about-shelters/",
    checked: CHECKED,
  },

  // Australia
  {
    id: "au-lifeline",
    country: "au",
    topic: "crisis",
    name: "Lifeline",
    forWhat: "If you are in crisis, thinking about suicide, or worried about someone.",
    contacts: [
      { kind: "call", number: "13 11 14", tel: "131114" },
      { kind: "text", number: "0477 13 11 14" },
    ],
    hours: "Phone line open 24 hours a day",
    source: "https://lifeline.giveeasy.org/spr21-home",
    checked: CHECKED,
  },
  {
    id: "au-1800respect",
    country: "au",
    topic: "abuse",
    name: "1800RESPECT",
    forWhat: "Counselling and support if you are experiencing, or have experienced, domestic, family or sexual violence, or you are trying to help someone who is.",
    contacts: [
      { kind: "call", number: "1800 737 732", tel: "1800737732" },
      { kind: "text", number: "0458 737 732" },
      { kind: "web", url: "https://www.1800respect.org.au/", label: "Chat or video call at 1800respect.org.au" },
    ],
    source: "https://www.1800respect.org.au/terms-and-conditions",
    checked: CHECKED,
  },
  {
    id: "au-esafety",
    country: "au",
    topic: "image-abuse",
    name: "eSafety Commissioner",
    forWhat: "If someone shares, or threatens to share, an intimate image or video of you: eSafety can help get it removed and, in some cases, act against the person who shared it.",
    contacts: [{ kind: "web", url: "https://www.esafety.gov.au/key-issues/image-based-abuse/faq", label: "Image-based abuse help at esafety.gov.au" }],
    source: "https://www.esafety.gov.au/key-issues/image-based-abuse/faq",
    checked: CHECKED,
  },

  // Ireland
  {
    id: "ie-samaritans",
    country: "ie",
    topic: "crisis",
    name: "Samaritans Ireland",
    forWhat: "If you are struggling to cope, thinking about suicide, or worried about someone.",
    contacts: [{ kind: "call", number: "116 123", tel: "116123" }],
    hours: "Free to call",
    source: "https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year",
    checked: CHECKED,
  },
  {
    id: "ie-womens-aid",
    country: "ie",
    topic: "abuse",
    name: "Women's Aid 24hr National Freephone Helpline",
    forWhat: "If a partner or ex is abusing, threatening or controlling you, or you are worried about someone who is in that situation.",
    contacts: [{ kind: "call", number: "1800 341 900", tel: "1800341900" }],
    hours: "24 hours a day, every day; free",
    source: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/",
    checked: CHECKED,
  },
  {
    id: "ie-hotline",
    country: "ie",
    topic: "image-abuse",
    name: "Hotline.ie",
    forWhat: "Ireland's centre for reporting illegal content online. Report intimate images shared, or threatened to be shared, without consent; they work to have them removed and can pass your report to An Garda Síochána if you want.",
    contacts: [{ kind: "web", url: "https://hotline.ie/report", label: "Report at hotline.ie" }],
    source: "https://hotline.ie/faqs",
    checked: CHECKED,
  },

  // New Zealand
  {
    id: "nz-1737",
    country: "nz",
    topic: "crisis",
    name: "1737, Need to talk?",
    forWhat: "If you are struggling, or worried about someone: a trained counsellor, for anything that feels like too much.",
    contacts: [
      { kind: "call", number: "1737", tel: "1737" },
      { kind: "text", number: "1737", sameAsCall: true },
    ],
    hours: "Any time, day or night; free",
    // 1737 is the national service commissioned by the Ministry of Health.
    source: "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
    checked: CHECKED,
  },
  {
    id: "nz-womens-refuge",
    country: "nz",
    topic: "abuse",
    name: "Women's Refuge crisis line",
    forWhat: "If someone is using violence, threats or control against you. You will be put through to your local refuge.",
    contacts: [{ kind: "call", number: "0800 733 843", tel: "0800733843", note: "0800 REFUGE" }],
    hours: "24 hours a day, every day",
    source: "https://womensrefuge.org.nz/get-help/",
    checked: CHECKED,
  },
  {
    id: "nz-netsafe",
    country: "nz",
    topic: "image-abuse",
    name: "Netsafe",
    forWhat: "Free, confidential help when intimate images are shared without consent or someone threatens it, and with other online abuse and harassment.",
    contacts: [{ kind: "web", url: "https://www.netsafe.org.nz/bullying-abuse-support/", label: "Get help from Netsafe" }],
    hours: "8am to 8pm on weekdays, 9am to 5pm at weekends",
    source: "https://www.netsafe.org.nz/bullying-abuse-support/",
    checked: CHECKED,
  },

  // Wherever you live
  {
    id: "stopncii",
    country: "any",
    topic: "image-abuse",
    name: "StopNCII.org",
    forWhat: "For adults, wherever you live: turn an intimate image into a digital fingerprint on your own phone, so that partner platforms can block copies. The image itself never leaves your device. It also helps if someone is only threatening to share.",
    contacts: [{ kind: "web", url: "https://stopncii.org/", label: "Create a case at StopNCII.org" }],
    source: "https://stopncii.org/faq/",
    checked: CHECKED,
  },
];

export function servicesFor(country: CountryCode | "any", topic: HelpTopic, services: HelpService[] = HELP_SERVICES): HelpService[] {
  return services.filter((s) => s.country === country && s.topic === topic);
}

/** How a contact reads on the page: "Call 116 123", "Text SHOUT to 85258" (each number written once per service). */
export function contactLabel(contact: Contact): string {
  switch (contact.kind) {
    case "call":
      return `Call ${contact.number}${contact.note ? ` (${contact.note})` : ""}`;
    case "text":
      if (contact.sameAsCall) return "Text the same number";
      return contact.keyword ? `Text ${contact.keyword} to ${contact.number}` : `Text ${contact.number}`;
    case "web":
      return contact.label;
  }
}

/** The link a contact opens: tel: for calls, sms: (with the keyword as body) for texts. */
export function contactHref(contact: Contact): string {
  switch (contact.kind) {
    case "call":
      return `tel:${contact.tel}`;
    case "text": {
      const digits = contact.number.replace(/[^\d+]/g, "");
      return contact.keyword ? `sms:${digits}?body=${encodeURIComponent(contact.keyword)}` : `sms:${digits}`;
    }
    case "web":
      return contact.url;
  }
}
