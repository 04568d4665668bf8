/**
 * The support services listed on /help, for readers in six countries.
 *
 * Each entry records where its details were read (`sources`): the page, what kind of page it is (the
 * service's own, a public body's, or another site such as a news report), the page's own date where it
 * shows one, and the day we read it. The first source is the one the phone numbers come from. A wrong
 * crisis number is worse than none: a number no page confirms is left out, not guessed (an entry may
 * then point to the service's website instead, as the Ontario helpline does).
 * Every entry is due to be read again six months after its oldest check (`nextCheck`), and one whose
 * pages are all more than three years old is listed for a newer source (lib/help-review.ts).
 *
 * To add or change an entry, read the service's own page first. Where you cannot find it, use a public
 * body's page, and only then another page, with a note that says what kind of page it is. Notes are
 * shown to readers: say what the page is ("A news report."), never how it was found.
 * `npm run check:help-sources` fetches every source and says which numbers a page no longer shows.
 */
import { nextCheckAfter, type Provenance } from "./help-provenance";

export type { Provenance } from "./help-provenance";

export const COUNTRIES = [
  { code: "us", name: "United States" },
  { code: "uk", name: "United Kingdom" },
  { code: "ca", name: "Canada" },
  { code: "au", name: "Australia" },
  { code: "ie", name: "Ireland" },
  { code: "nz", name: "New Zealand" },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]["code"];

/**
 * What a service is for; each is one section of /help. "own-behaviour" lines help a person who has hurt,
 * threatened or controlled a partner (or fears they might) to stop; the "abuse" lines are for the people
 * being hurt. "talk" lines are someone to talk to that say they are not crisis lines (QLife): they sit
 * beside the crisis lines, never among them, so no list of crisis lines promises them at any hour.
 */
export type HelpTopic = "emergency" | "crisis" | "talk" | "abuse" | "own-behaviour" | "image-abuse";

export type Contact =
  /** A phone number as the service writes it; `tel` the digits to dial from inside that country (freephone numbers often cannot be reached from abroad). */
  | { kind: "call"; number: string; tel: string; note?: string }
  /** A text line: send `keyword` (if any) to `number`; `sameAsCall` when it is the number listed for calls too. */
  | { kind: "text"; number: string; keyword?: string; sameAsCall?: boolean }
  /** A web page of the service (chat, reporting form, finder). */
  | { kind: "web"; url: string; label: string };

interface HelpServiceData {
  /** Stable id, also used as the HTML id of the entry on /help. */
  id: string;
  /** A country, or "any" for services that work wherever the reader lives. */
  country: CountryCode | "any";
  topic: HelpTopic;
  name: string;
  /** Who it is for, in our words. */
  forWhat: string;
  contacts: Contact[];
  /** Opening hours, only where a page we read states them. Never what it costs: that is `cost`. */
  hours?: string;
  /**
   * What it costs, only where a page we read says so: "Free.", "Free to call." (texts may not be), or,
   * for a number that is not free to call (an Irish 01, an Australian 1300, a UK 0345), "Calls may cost
   * money." The site says "most are free", never "all"; a test holds the paid numbers to it.
   */
  cost?: string;
  /**
   * The service's own website, where readers find chat, hours and other options. Every service has one;
   * the emergency numbers do not need one (a reader in danger should call, not browse).
   */
  website?: string;
  /** Sites of the organisation that runs the service, when it is not the service's own domain. */
  operatorSites?: string[];
  /** Where the details were read; the first is where the phone numbers come from. */
  sources: [Provenance, ...Provenance[]];
}

export interface HelpService extends HelpServiceData {
  /** The page the numbers come from (the first source's address). */
  source: string;
  /** The oldest day any of its sources was read, YYYY-MM-DD. */
  checked: string;
  /** Six months after `checked`: the day the entry is due to be read again. */
  nextCheck: string;
}

function entry(data: HelpServiceData): HelpService {
  const checked = data.sources.map((s) => s.checked).sort()[0]!;
  return { ...data, source: data.sources[0].url, checked, nextCheck: nextCheckAfter(checked) };
}

/** The day most sources below were read. */
const CHECKED = "2026-12-01";
/** The day the sources added or changed in the December 2026 review were read. */
const READ_DEC_5 = "2026-12-05";

// Lines and pages that more than one entry cites, written once so that a correction reaches every entry
// that relies on them. The US Hotline has two entries: one for the people being hurt, one for the people
// who hurt.
const US_HOTLINE_CALL: Contact = { kind: "call", number: "1-800-799-7233", tel: "18007997233", note: "1-800-799-SAFE" };
const US_HOTLINE_CHAT: Contact = { kind: "web", url: "https://www.thehotline.org/", label: "Chat at thehotline.org" };
const US_HOTLINE_FUNDER_PAGE: Provenance = {
  url: "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
  kind: "public-body",
  by: "the US Office for Victims of Crime, which funds the Hotline",
  pageDate: "2022-01-20",
  checked: CHECKED,
};
const HEALTHLINK_BC_PAGE: Provenance = {
  url: "https://www.healthlinkbc.ca/healthwise/domestic-violence",
  kind: "public-body",
  by: "HealthLink BC, the British Columbia government's health service",
  checked: CHECKED,
};
const SAMARITANS_CONTACT_PAGE: Provenance = { url: "https://www.samaritans.org/how-we-can-help/contact-samaritan/", kind: "service", by: "Samaritans", checked: CHECKED };
const GOVT_NZ_FAMILY_VIOLENCE_PAGE: Provenance = {
  url: "https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/",
  kind: "public-body",
  by: "Govt.nz, the New Zealand government's website",
  pageDate: "2023",
  checked: CHECKED,
};

export const HELP_SERVICES: HelpService[] = [
  // Emergency numbers: one per country, listed together at the top of /help. Each cites a public body.
  entry({
    id: "us-emergency",
    country: "us",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When you, or someone else, are in danger now or need urgent help. Be ready to say where you are.",
    contacts: [{ kind: "call", number: "911", tel: "911" }],
    sources: [{ url: "https://www.911.gov/calling-911/frequently-asked-questions/", kind: "public-body", by: "the US National 911 Program", checked: CHECKED }],
  }),
  entry({
    id: "uk-emergency",
    country: "uk",
    topic: "emergency",
    name: "Emergency services",
    forWhat:
      "When you, or someone else, are in danger now. If it is not safe to speak, call from a mobile. Listen, and cough or tap the phone if you can. When a recording asks, press 55. This tells the police it is a real call. It does not tell them where you are. They will ask yes or no questions. Answer by pressing keys or tapping.",
    contacts: [{ kind: "call", number: "999", tel: "999" }],
    sources: [
      {
        url: "https://www.bracknell-forest.gov.uk/crime-and-emergencies/crime-and-community-safety/domestic-abuse/get-help-yourself-or-someone-else/silent-solution",
        kind: "public-body",
        by: "Bracknell Forest Council",
        checked: CHECKED,
        confirms: "that pressing 55 works only from a mobile",
      },
      {
        url: "https://www.chiseldon-pc.gov.uk/useful-advice-if-you-are-in-danger-and-need-police-help/",
        kind: "public-body",
        by: "a parish council passing on police advice",
        checked: CHECKED,
        confirms: "that pressing 55 does not tell the police where you are, and the yes or no questions",
      },
    ],
  }),
  entry({
    id: "ca-emergency",
    country: "ca",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When you, or someone else, are in danger now. In a few remote places this number may not work. There, call your local police.",
    contacts: [{ kind: "call", number: "911", tel: "911" }],
    sources: [
      { url: "https://www.alberta.ca/what-to-expect-when-calling-911", kind: "public-body", by: "the Government of Alberta", checked: CHECKED },
      {
        url: "https://crtc.gc.ca/eng/archive/2014/2014-342.htm",
        kind: "public-body",
        by: "the CRTC, Canada's phone regulator",
        pageDate: "2014-06-25",
        checked: CHECKED,
        confirms: "that a few places have no 911 service",
      },
    ],
  }),
  entry({
    id: "au-emergency",
    country: "au",
    topic: "emergency",
    name: "Triple Zero",
    forWhat: "When you, or someone else, are in danger now. Ask for police, fire or ambulance. From a mobile, say which state you are in.",
    contacts: [{ kind: "call", number: "000", tel: "000" }],
    sources: [{ url: "https://www.esta.vic.gov.au/000-process", kind: "public-body", by: "Victoria's Emergency Services Telecommunications Authority", checked: CHECKED }],
  }),
  entry({
    id: "ie-emergency",
    country: "ie",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "For Gardaí, ambulance, fire brigade or coast guard. Both numbers reach the same services.",
    cost: "Both are free.",
    contacts: [
      { kind: "call", number: "112", tel: "112" },
      { kind: "call", number: "999", tel: "999" },
    ],
    sources: [
      { url: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/", kind: "public-body", by: "the HSE, Ireland's health service", checked: CHECKED },
      {
        url: "https://www2.hse.ie/emergencies/when-to-call-112-or-999.html",
        kind: "public-body",
        by: "the HSE, Ireland's health service",
        checked: CHECKED,
        confirms: "the services both numbers reach",
      },
    ],
  }),
  entry({
    id: "nz-emergency",
    country: "nz",
    topic: "emergency",
    name: "Emergency services",
    forWhat: "When you, or someone else, are in danger now, or you are afraid for your safety.",
    cost: "Free, even from a mobile with no credit.",
    contacts: [{ kind: "call", number: "111", tel: "111" }],
    sources: [{ url: "https://www.police.govt.nz/contact-us/calling-emergency-111", kind: "public-body", by: "New Zealand Police", checked: CHECKED }],
  }),

  // United States
  entry({
    id: "us-988",
    country: "us",
    topic: "crisis",
    name: "988 Suicide & Crisis Lifeline",
    forWhat: "If you are thinking about suicide or are in deep distress, or you are worried about someone else.",
    contacts: [
      { kind: "call", number: "988", tel: "988" },
      { kind: "text", number: "988", sameAsCall: true },
      { kind: "web", url: "https://988lifeline.org/", label: "Chat at 988lifeline.org" },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://988lifeline.org/",
    sources: [
      {
        url: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
        kind: "public-body",
        by: "the Wyoming Department of Health",
        checked: CHECKED,
      },
    ],
  }),
  entry({
    id: "us-trevor-project",
    country: "us",
    topic: "crisis",
    name: "The Trevor Project (for LGBTQ+ young people)",
    forWhat: "For LGBTQ+ young people under 25: if you are thinking about suicide, or you feel you cannot cope.",
    contacts: [{ kind: "call", number: "1-866-488-7386", tel: "18664887386" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://www.thetrevorproject.org/",
    sources: [
      {
        url: "https://spashmirror.com/5140/news/the-trevor-project-info-hits-hallways/",
        kind: "other",
        by: "a high school's student newspaper",
        checked: READ_DEC_5,
        confirms: "the number, and that the line is free and open day and night",
        note: "A student newspaper, used for the number.",
      },
      {
        url: "https://theodysseyonline.com/the-trevor-project-lgbtq-rights",
        kind: "other",
        by: "The Odyssey, a site of student writing",
        checked: READ_DEC_5,
        confirms: "the same number, open day and night",
        note: "Another site, used to show the number twice.",
      },
      {
        url: "https://www.catalyst-center.org/post/the-trevor-project",
        kind: "other",
        by: "the Catalyst Center, in a piece written by the Trevor Project",
        pageDate: "2021-06-09",
        checked: READ_DEC_5,
        confirms: "that the line is for LGBTQ+ young people and open day and night",
        note: "A partner's site, used for who the line is for.",
      },
    ],
  }),
  entry({
    id: "us-hotline",
    country: "us",
    topic: "abuse",
    name: "National Domestic Violence Hotline",
    forWhat: "If a partner or ex hurts, threatens, controls or frightens you, or you are planning to leave safely.",
    contacts: [
      US_HOTLINE_CALL,
      { kind: "call", number: "1-800-787-3224", tel: "18007873224", note: "TTY" },
      { kind: "text", number: "88788", keyword: "START" },
      US_HOTLINE_CHAT,
    ],
    hours: "24 hours a day, every day.",
    website: "https://www.thehotline.org/",
    sources: [US_HOTLINE_FUNDER_PAGE],
  }),
  entry({
    id: "us-loveisrespect",
    country: "us",
    topic: "abuse",
    name: "love is respect",
    forWhat: "For young people: talk about dating, a breakup, or a partner or ex who hurts, threatens or controls you. A project of the National Domestic Violence Hotline.",
    contacts: [
      { kind: "call", number: "1-866-331-9474", tel: "18663319474" },
      { kind: "text", number: "22522", keyword: "LOVEIS" },
      { kind: "web", url: "https://www.loveisrespect.org/", label: "Chat at loveisrespect.org" },
    ],
    website: "https://www.loveisrespect.org/",
    sources: [
      {
        url: "http://www.loveisrespect.org/content/category/respectext/",
        kind: "service",
        by: "love is respect",
        pageDate: "2015-08",
        checked: CHECKED,
        note: "An old page of the service's own.",
      },
      {
        url: "https://www.kxl.com/february-is-teen-dating-violence-awareness-month/",
        kind: "other",
        by: "KXL, a radio station in Portland",
        pageDate: "2021-02-10",
        checked: CHECKED,
        confirms: "the same numbers in 2021",
        note: "A news page, used only to show the numbers had not changed.",
      },
    ],
  }),
  entry({
    id: "us-hotline-own-behaviour",
    country: "us",
    topic: "own-behaviour",
    name: "National Domestic Violence Hotline",
    forWhat:
      "The Hotline also talks with people who worry that they are abusive. They will not judge you. They can help you see what you are doing, find ways to calm down, and point you to a programme that helps people stop.",
    contacts: [US_HOTLINE_CALL, US_HOTLINE_CHAT],
    hours: "24 hours a day, every day.",
    website: "https://www.thehotline.org/",
    sources: [
      { ...US_HOTLINE_FUNDER_PAGE, confirms: "the phone number, chat and hours" },
      {
        url: "http://www.thehotline.org/tag/referrals/",
        kind: "service",
        by: "the Hotline",
        checked: CHECKED,
        confirms: "that it helps people who worry about their own behaviour",
        note: "An older page of the Hotline's own, with no date.",
      },
    ],
  }),
  entry({
    id: "us-ccri",
    country: "us",
    topic: "image-abuse",
    name: "Cyber Civil Rights Initiative",
    forWhat: "If someone has shared, or threatens to share, intimate images of you: help to stay safe, keep evidence, get images taken down and learn the law where you live.",
    contacts: [
      { kind: "call", number: "844-878-2274", tel: "18448782274", note: "844-878-CCRI" },
      { kind: "web", url: "https://cybercivilrights.org/ccri-safety-center", label: "Open the CCRI Safety Center" },
    ],
    hours: "Helpline: 24 hours a day, every day.",
    website: "https://cybercivilrights.org/",
    sources: [
      { url: "https://cybercivilrights.org/news/media-kit/media-guide", kind: "service", by: "the Cyber Civil Rights Initiative", checked: CHECKED },
      {
        url: "https://ovc.ojp.gov/funding/awards/15povc-23-gk-01579-nonf",
        kind: "public-body",
        by: "the US Office for Victims of Crime, which funds the helpline",
        pageDate: "2023",
        checked: CHECKED,
        confirms: "that the helpline is open day and night",
      },
    ],
  }),

  // United Kingdom
  entry({
    id: "uk-samaritans",
    country: "uk",
    topic: "crisis",
    name: "Samaritans",
    forWhat: "If you are struggling to cope, thinking about suicide, or worried about someone. Your number is not shown to the volunteer.",
    contacts: [{ kind: "call", number: "116 123", tel: "116123" }],
    hours: "24 hours a day, every day.",
    cost: "Free from landlines and mobiles.",
    website: "https://www.samaritans.org/",
    sources: [
      SAMARITANS_CONTACT_PAGE,
      {
        url: "https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas",
        kind: "service",
        by: "Samaritans",
        checked: CHECKED,
        confirms: "the opening hours",
      },
    ],
  }),
  entry({
    id: "uk-shout",
    country: "uk",
    topic: "crisis",
    name: "Shout",
    forWhat: "If you would rather text than talk, about anything that feels like too much. For anyone living in the UK.",
    contacts: [{ kind: "text", number: "85258", keyword: "SHOUT" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://giveusashout.org/",
    sources: [{ url: "https://giveusashout.org/about-us/faq", kind: "service", by: "Shout", pageDate: "2024-11-04", checked: CHECKED }],
  }),
  entry({
    id: "uk-childline",
    country: "uk",
    topic: "crisis",
    name: "Childline (for under-19s)",
    forWhat: "For anyone under 19 in the UK: talk to a counsellor about anything, such as a breakup, abuse or thoughts of suicide. You can also chat online.",
    contacts: [{ kind: "call", number: "0800 1111", tel: "08001111" }],
    cost: "Free.",
    website: "https://www.childline.org.uk/",
    sources: [
      {
        url: "http://www.childline.org.uk/pages/about.aspx?panel=open&type=Texture",
        kind: "service",
        by: "Childline",
        checked: READ_DEC_5,
        confirms: "the number, that the call is free, and that it is for young people up to 19",
        note: "An older page of the service's own.",
      },
      {
        url: "https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957",
        kind: "other",
        by: "the Sunderland Echo, in a column by Childline",
        pageDate: "2022-08-28",
        checked: READ_DEC_5,
        confirms: "the same number, and that the call is free, in 2022",
        note: "A newspaper column written by Childline, used to show the number had not changed.",
      },
    ],
  }),
  entry({
    id: "uk-ndah",
    country: "uk",
    topic: "abuse",
    name: "National Domestic Abuse Helpline (run by Refuge)",
    forWhat: "For women. If a partner or ex is abusing, threatening or controlling you. You can ask online for a safe time to be called back.",
    contacts: [
      { kind: "call", number: "0808 2000 247", tel: "08082000247" },
      { kind: "web", url: "https://www.nationaldahelpline.org.uk/", label: "Ask for a call back at nationaldahelpline.org.uk" },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://www.nationaldahelpline.org.uk/",
    operatorSites: ["https://refuge.org.uk/"],
    sources: [
      {
        url: "https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19",
        kind: "service",
        by: "Refuge, which runs the helpline",
        pageDate: "2020",
        checked: CHECKED,
        note: "A news page of Refuge's.",
      },
    ],
  }),
  entry({
    id: "uk-mens-advice-line",
    country: "uk",
    topic: "abuse",
    name: "Men's Advice Line",
    forWhat: "For men. If a partner or ex is abusing, threatening or controlling you.",
    contacts: [{ kind: "call", number: "0808 801 0327", tel: "08088010327" }],
    website: "https://mensadviceline.org.uk/",
    sources: [
      {
        url: "https://www.teignbridge.gov.uk/housing/advice-guides/domestic-abuse/what-is-domestic-abuse/",
        kind: "public-body",
        by: "Teignbridge District Council",
        checked: CHECKED,
      },
    ],
  }),
  entry({
    id: "uk-scotland-helpline",
    country: "uk",
    topic: "abuse",
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    forWhat: "For anyone in Scotland, of any gender, who is being abused or controlled by a partner, ex or family member.",
    contacts: [{ kind: "call", number: "0800 027 1234", tel: "08000271234" }],
    hours: "24 hours a day, every day.",
    website: "https://sdafmh.org.uk/",
    sources: [
      {
        url: "https://scotland.police.uk/advice-and-information/domestic-abuse/what-can-i-do-if-this-is-happening-to-me",
        kind: "public-body",
        by: "Police Scotland",
        checked: CHECKED,
      },
    ],
  }),
  entry({
    id: "uk-wales-live-fear-free",
    country: "uk",
    topic: "abuse",
    name: "Live Fear Free (Wales)",
    forWhat: "For anyone in Wales facing abuse or violence, or worried about someone who is.",
    contacts: [
      { kind: "call", number: "0808 80 10 800", tel: "08088010800" },
      { kind: "text", number: "07860 077333" },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free to call.",
    website: "https://www.gov.wales/live-fear-free",
    operatorSites: ["https://welshwomensaid.org.uk/"],
    sources: [
      { url: "https://www.gov.wales/live-fear-free/sexual-violence", kind: "public-body", by: "the Welsh Government, which funds Live Fear Free", checked: CHECKED },
      {
        url: "https://welshwomensaid.org.uk/cy/?p=20943",
        kind: "service",
        by: "Welsh Women's Aid, which runs Live Fear Free",
        checked: READ_DEC_5,
        confirms: "that Welsh Women's Aid runs the helpline, and that it is open day and night",
      },
      {
        url: "http://www.pressreader.com/uk/western-mail/20200515/281758451474761",
        kind: "other",
        by: "the Western Mail, a Welsh newspaper",
        pageDate: "2020-05-15",
        checked: READ_DEC_5,
        confirms: "that calls to the helpline are free",
        note: "A news page, used only to show that calls are free.",
      },
    ],
  }),
  entry({
    id: "uk-ni-helpline",
    country: "uk",
    topic: "abuse",
    name: "Domestic and Sexual Abuse Helpline (Northern Ireland)",
    forWhat: "For anyone in Northern Ireland facing domestic or sexual abuse, now or in the past.",
    contacts: [{ kind: "call", number: "0808 802 1414", tel: "08088021414" }],
    hours: "24 hours a day, every day.",
    website: "https://dsahelpline.org/",
    sources: [
      {
        url: "https://southerntrust.hscni.net/service/domestic-abuse-2",
        kind: "public-body",
        by: "the Southern Health and Social Care Trust",
        pageDate: "2021",
        checked: CHECKED,
      },
    ],
  }),
  entry({
    id: "uk-stalking-helpline",
    country: "uk",
    topic: "abuse",
    name: "National Stalking Helpline",
    forWhat: "If someone keeps following, watching, contacting or frightening you, including an ex.",
    contacts: [{ kind: "call", number: "0808 802 0300", tel: "08088020300" }],
    website: "https://www.suzylamplugh.org/",
    sources: [
      {
        url: "https://www.southyorkshire.police.uk/find-out/crime-prevention-advice/stalking-and-harassment/",
        kind: "public-body",
        by: "South Yorkshire Police",
        pageDate: "2023-03-22",
        checked: CHECKED,
      },
    ],
  }),
  entry({
    id: "uk-galop",
    country: "uk",
    topic: "abuse",
    name: "Galop (for LGBT+ people)",
    forWhat: "For LGBT+ people. If a partner, ex or family member is abusing, threatening or controlling you. The person who answers is LGBT+ too.",
    contacts: [{ kind: "call", number: "0800 999 5428", tel: "08009995428" }],
    website: "https://galop.org.uk/",
    sources: [
      {
        url: "https://www.galop.org.uk/lgbtq-survivors-user-agreement/",
        kind: "service",
        by: "Galop",
        checked: READ_DEC_5,
      },
      {
        url: "https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched",
        kind: "other",
        by: "Hits Radio, a UK radio station",
        pageDate: "2023-02-02",
        checked: READ_DEC_5,
        confirms: "the same number in 2023, and that an LGBT+ person answers",
        note: "A news report, used to show the number had not changed.",
      },
    ],
  }),
  entry({
    id: "uk-respect-phoneline",
    country: "uk",
    topic: "own-behaviour",
    name: "Respect Phoneline",
    forWhat: "If you are worried that you have been violent, threatening or controlling to a partner or ex, or that you might be. It is private.",
    contacts: [{ kind: "call", number: "0808 802 4040", tel: "08088024040" }],
    cost: "Free.",
    website: "https://respectphoneline.org.uk/",
    operatorSites: ["https://www.respect.uk.net/"],
    sources: [
      {
        url: "https://respectphoneline.org.uk/resources/resources-for-perpetrators/self-help-guide-for-abusive-men-in-heterosexual-relationships/",
        kind: "service",
        by: "the Respect Phoneline",
        checked: READ_DEC_5,
        confirms: "the number, and that calls are free",
      },
      {
        url: "http://www.respect.uk.net/articles/respect-phoneline-support-over-the-festive-period",
        kind: "service",
        by: "Respect",
        checked: CHECKED,
        confirms: "that the Phoneline is for people worried about their own behaviour",
      },
    ],
  }),
  entry({
    id: "uk-revenge-porn-helpline",
    country: "uk",
    topic: "image-abuse",
    name: "Revenge Porn Helpline",
    forWhat: "For adults in the UK whose intimate images have been shared without consent, or who are being threatened with it: advice, and help to report and remove the images.",
    contacts: [{ kind: "call", number: "0345 6000 459", tel: "03456000459" }],
    hours: "Monday to Friday, 10am to 4pm.",
    cost: "Calls may cost money.",
    website: "https://revengepornhelpline.org.uk/",
    operatorSites: ["https://swgfl.org.uk/"],
    sources: [
      { url: "https://revengepornhelpline.org.uk/faq/", kind: "service", by: "the Revenge Porn Helpline", checked: CHECKED },
      { url: "https://swgfl.org.uk/helplines/revenge-porn-helpline/", kind: "service", by: "SWGfL, which runs the helpline", checked: CHECKED, confirms: "the opening hours" },
    ],
  }),
  entry({
    id: "uk-report-remove",
    country: "uk",
    topic: "image-abuse",
    name: "Report Remove (for under-18s, from Childline and the IWF)",
    forWhat: "For under-18s in the UK: report a nude image or video of you that is online, to try to get it taken down. Childline supports you while you do.",
    contacts: [{ kind: "web", url: "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/", label: "Use Report Remove on the Childline website" }],
    website: "https://www.childline.org.uk/",
    operatorSites: ["https://www.iwf.org.uk/"],
    sources: [
      { url: "https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove", kind: "service", by: "the Internet Watch Foundation, which runs Report Remove with Childline", checked: CHECKED },
      {
        url: "https://crimestoppers-uk.org/fearless/news/2024/report-remove",
        kind: "other",
        by: "Crimestoppers, in a piece by Childline",
        pageDate: "2024",
        checked: CHECKED,
        confirms: "that it is for under-18s anywhere in the UK",
        note: "A partner's page, used only for who can use the tool.",
      },
    ],
  }),

  // Canada
  entry({
    id: "ca-988",
    country: "ca",
    topic: "crisis",
    name: "9-8-8: Suicide Crisis Helpline",
    forWhat: "If you are thinking about suicide, or you are worried about someone else. In English or French.",
    contacts: [
      { kind: "call", number: "9-8-8", tel: "988" },
      { kind: "text", number: "9-8-8", sameAsCall: true },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://988.ca/",
    sources: [
      {
        url: "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html",
        kind: "other",
        by: "the Government of Canada's launch news release, on a newswire site",
        pageDate: "2023-11-30",
        checked: CHECKED,
        note: "The Government of Canada's news release, copied on a news wire site.",
      },
      {
        url: "https://crtc.gc.ca/eng/archive/2022/2022-234.htm",
        kind: "public-body",
        by: "the CRTC, Canada's phone regulator",
        pageDate: "2022-08-31",
        checked: CHECKED,
        confirms: "that 9-8-8 takes texts as well as calls",
      },
    ],
  }),
  entry({
    id: "ca-kids-help-phone",
    country: "ca",
    topic: "crisis",
    name: "Kids Help Phone (for young people)",
    forWhat: "For young people: call or text about anything, including abuse, a breakup or thoughts of suicide.",
    contacts: [
      { kind: "call", number: "1-800-668-6868", tel: "18006686868" },
      { kind: "text", number: "686868", keyword: "CONNECT" },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://kidshelpphone.ca/",
    sources: [
      { url: "https://kidshelpphone.ca/text-about-it/", kind: "service", by: "Kids Help Phone", checked: CHECKED, confirms: "the text line and its hours" },
      { ...HEALTHLINK_BC_PAGE, confirms: "the phone number" },
    ],
  }),
  entry({
    id: "ca-sheltersafe",
    country: "ca",
    topic: "abuse",
    name: "ShelterSafe (Women's Shelters Canada)",
    forWhat: "A map of women's shelters across Canada, with their crisis lines. Most answer day and night. You do not need to stay in a shelter to call one for support or a safety plan.",
    contacts: [{ kind: "web", url: "https://sheltersafe.ca/", label: "Find a shelter near you at sheltersafe.ca" }],
    website: "https://sheltersafe.ca/",
    sources: [{ url: "https://sheltersafe.ca/about-shelters/", kind: "service", by: "ShelterSafe", checked: CHECKED }],
  }),
  entry({
    id: "ca-alberta-family-violence-line",
    country: "ca",
    topic: "abuse",
    name: "Family Violence Info Line (Alberta)",
    forWhat: "For anyone in Alberta facing family violence, or helping someone who is.",
    contacts: [
      { kind: "call", number: "310-1818", tel: "3101818" },
      { kind: "text", number: "310-1818", sameAsCall: true },
    ],
    hours: "24 hours a day, every day, in more than 170 languages.",
    cost: "Texts may cost money.",
    website: "https://www.alberta.ca/family-violence-how-help",
    sources: [
      {
        url: "https://alberta.ca/family-violence-how-help",
        kind: "public-body",
        by: "the Government of Alberta, which runs the line",
        checked: CHECKED,
        confirms: "the number, and that texts cost the usual rate",
      },
      {
        url: "https://www.alberta.ca/release.cfm?xID=8492004BE91D6-04CD-E416-524BF9B9C42C8695",
        kind: "public-body",
        by: "the Government of Alberta",
        checked: CHECKED,
        confirms: "the opening hours and languages",
      },
    ],
  }),
  entry({
    id: "ca-victimlinkbc",
    country: "ca",
    topic: "abuse",
    name: "VictimLinkBC (British Columbia)",
    forWhat: "For anyone in British Columbia facing family or sexual violence, or any other crime. In many languages.",
    contacts: [{ kind: "call", number: "1-800-563-0808", tel: "18005630808" }],
    hours: "24 hours a day, every day.",
    website: "https://www.victimlinkbc.ca/",
    sources: [
      HEALTHLINK_BC_PAGE,
      {
        url: "https://news.gov.bc.ca/releases/2016PSSG0111-000923",
        kind: "public-body",
        by: "the Government of British Columbia",
        pageDate: "2016",
        checked: CHECKED,
        confirms: "that it gives crisis support to people facing family violence",
      },
    ],
  }),
  entry({
    id: "ca-sos-violence-conjugale",
    country: "ca",
    topic: "abuse",
    name: "SOS violence conjugale (Quebec)",
    forWhat: "For anyone in Quebec facing violence from a partner or ex, or worried about someone who is. In French or English.",
    contacts: [{ kind: "call", number: "1-800-363-9010", tel: "18003639010" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://sosviolenceconjugale.ca/",
    sources: [
      {
        url: "https://www.accueil-pourelle.org/documentation/sos-violence-conjugale/",
        kind: "other",
        by: "Accueil pour elle, a women's shelter in Quebec",
        checked: CHECKED,
        note: "A page of a women's shelter in Quebec.",
      },
      {
        url: "http://www.sosviolenceconjugale.ca/?page_id=2701",
        kind: "service",
        by: "SOS violence conjugale",
        checked: CHECKED,
        confirms: "that a counsellor answers at any hour",
      },
    ],
  }),
  entry({
    id: "ca-manitoba-crisis-line",
    country: "ca",
    topic: "abuse",
    name: "Domestic Violence Crisis Line (Manitoba)",
    forWhat: "For anyone in Manitoba facing domestic violence. It links you to the province's shelters.",
    contacts: [{ kind: "call", number: "1-877-977-0007", tel: "18779770007" }],
    hours: "24 hours a day, every day.",
    website: "https://maws.mb.ca/",
    sources: [
      {
        url: "https://maws.mb.ca/news/shelters-and-covid-19/",
        kind: "service",
        by: "the Manitoba Association of Women's Shelters, which runs the line",
        pageDate: "2020",
        checked: CHECKED,
        note: "A news page of the service's own.",
      },
    ],
  }),
  entry({
    id: "ca-awhl",
    country: "ca",
    topic: "abuse",
    name: "Assaulted Women's Helpline (Ontario)",
    forWhat: "For women in Ontario facing abuse. Counsellors help with a safety plan and find help near you, in over 200 languages. Their phone numbers are on their website.",
    contacts: [{ kind: "web", url: "https://www.awhl.org/", label: "Find their numbers at awhl.org" }],
    hours: "24 hours a day, every day.",
    website: "https://www.awhl.org/",
    sources: [
      {
        url: "https://www.awhl.org/covid-19",
        kind: "service",
        by: "the Assaulted Women's Helpline",
        checked: READ_DEC_5,
        confirms: "that the helpline is for women in Ontario and open day and night",
      },
      {
        url: "https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines",
        kind: "public-body",
        by: "the Government of Ontario",
        checked: READ_DEC_5,
        confirms: "that Ontario funds crisis lines for women, open day and night",
      },
      {
        url: "https://issuu.com/globalheroes/docs/1223-ghn_-_global_heroes_for_approval/12",
        kind: "other",
        by: "Global Heroes, a magazine, in a piece by the helpline",
        pageDate: "2023-12",
        checked: READ_DEC_5,
        confirms: "that it helps in over 200 languages",
        note: "A piece the helpline wrote for a magazine.",
      },
    ],
  }),
  entry({
    id: "ca-211",
    country: "ca",
    topic: "own-behaviour",
    name: "211",
    forWhat:
      "Canada has no national line for people who want to stop hurting a partner. This private line finds local services. Call and ask for a programme near you that helps people stop. Not every area may have one.",
    contacts: [{ kind: "call", number: "2-1-1", tel: "211" }],
    hours: "24 hours a day in most of Canada.",
    cost: "Free.",
    website: "https://211.ca/",
    sources: [
      {
        url: "https://www.unitedwaygt.org/partnerships/helpstartshere-for-all-canadians/",
        kind: "other",
        by: "United Way Greater Toronto, which helps run 211",
        pageDate: "2021",
        checked: CHECKED,
        note: "A page of a charity that helps run 211.",
      },
    ],
  }),

  entry({
    id: "ca-cybertip",
    country: "ca",
    topic: "image-abuse",
    name: "Cybertip.ca and NeedHelpNow.ca (for under-18s)",
    forWhat: "If you are under 18 and someone shares, or threatens to share, a nude of you. They can help you report it and get it taken down.",
    contacts: [
      { kind: "call", number: "1-866-658-9022", tel: "18666589022" },
      { kind: "web", url: "https://needhelpnow.ca/app/en/resources_removing_pictures", label: "Steps to get it taken down, at needhelpnow.ca" },
    ],
    cost: "Free.",
    website: "https://www.cybertip.ca/",
    operatorSites: ["https://needhelpnow.ca/", "https://www.protectkidsonline.ca/"],
    sources: [
      {
        url: "https://www.cybertip.ca/app/en/report-sharing_sexual_pictures?utm_campaign=CHRISD&utm_term=/intimateimages",
        kind: "service",
        by: "Cybertip.ca",
        checked: READ_DEC_5,
        confirms: "the number, that it is toll-free, and that it is for under-18s",
      },
      {
        url: "https://needhelpnow.ca/app/en/resources_removing_pictures",
        kind: "service",
        by: "NeedHelpNow.ca, run with Cybertip.ca",
        checked: READ_DEC_5,
        confirms: "the steps to get a picture taken down",
      },
      {
        url: "https://www.protectkidsonline.ca/app/en/report_concerning_behaviour",
        kind: "service",
        by: "the Canadian Centre for Child Protection, which runs Cybertip.ca",
        checked: READ_DEC_5,
        confirms: "the same number, and NeedHelpNow.ca for removing images",
      },
    ],
  }),

  // Australia
  entry({
    id: "au-lifeline",
    country: "au",
    topic: "crisis",
    name: "Lifeline",
    forWhat: "If you are in crisis, thinking about suicide, or worried about someone.",
    contacts: [
      { kind: "call", number: "13 11 14", tel: "131114" },
      { kind: "text", number: "0477 13 11 14" },
      { kind: "web", url: "https://www.lifeline.org.au/", label: "Chat at lifeline.org.au" },
    ],
    hours: "24 hours a day, every day.",
    website: "https://www.lifeline.org.au/",
    sources: [
      {
        url: "https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services",
        kind: "public-body",
        by: "the Victorian Department of Health",
        checked: CHECKED,
      },
      {
        url: "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
        kind: "other",
        by: "Life in Mind, a government-funded suicide prevention site",
        pageDate: "2022-02",
        checked: CHECKED,
        confirms: "the text number, and that text and chat are open day and night",
        note: "A news page, used for the text line.",
      },
    ],
  }),
  entry({
    id: "au-kids-helpline",
    country: "au",
    topic: "crisis",
    name: "Kids Helpline (for ages 5 to 25)",
    forWhat: "For young people aged 5 to 25: talk to a counsellor about anything, such as a breakup, abuse or thoughts of suicide.",
    contacts: [{ kind: "call", number: "1800 55 1800", tel: "1800551800" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://kidshelpline.com.au/",
    operatorSites: ["https://yourtown.com.au/"],
    sources: [
      {
        url: "https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services",
        kind: "public-body",
        by: "the Victorian Department of Health",
        checked: READ_DEC_5,
        confirms: "the number, who it is for, and that it is open day and night",
      },
      {
        url: "https://yourtown.com.au/apps/webcounselling/live/chat",
        kind: "service",
        by: "yourtown, which runs Kids Helpline",
        checked: READ_DEC_5,
        confirms: "that calls are free and the phone lines are open day and night",
      },
    ],
  }),
  entry({
    id: "au-qlife",
    country: "au",
    topic: "talk",
    name: "QLife (for LGBTIQ+ people)",
    forWhat: "For LGBTIQ+ people and the people close to them: talk to a peer about feelings, relationships or a breakup. It is not a crisis line. In a crisis, call Lifeline.",
    contacts: [
      { kind: "call", number: "1800 184 527", tel: "1800184527" },
      { kind: "web", url: "https://qlife.org.au/", label: "Chat at qlife.org.au" },
    ],
    hours: "3pm to midnight, every day.",
    cost: "Free.",
    website: "https://qlife.org.au/",
    sources: [{ url: "https://www.qlife.org.au/faqs", kind: "service", by: "QLife", pageDate: "2023-03-30", checked: READ_DEC_5 }],
  }),
  entry({
    id: "au-1800respect",
    country: "au",
    topic: "abuse",
    name: "1800RESPECT",
    forWhat: "If you are facing, or have faced, domestic, family or sexual violence, or you are helping someone who is.",
    contacts: [
      { kind: "call", number: "1800 737 732", tel: "1800737732" },
      { kind: "text", number: "0458 737 732" },
      { kind: "web", url: "https://www.1800respect.org.au/", label: "Chat or video call at 1800respect.org.au" },
    ],
    hours: "Phone, text and chat: 24 hours a day, every day.",
    website: "https://www.1800respect.org.au/",
    sources: [
      { url: "https://www.1800respect.org.au/terms-and-conditions", kind: "service", by: "1800RESPECT", checked: CHECKED },
      {
        url: "https://thedailyaus.com.au/stories/1800-respect-launches-video-call-counselling/",
        kind: "other",
        by: "The Daily Aus, a news site",
        pageDate: "2024",
        checked: CHECKED,
        confirms: "the opening hours",
        note: "A news report, used for the opening hours.",
      },
    ],
  }),
  entry({
    id: "au-mens-referral-service",
    country: "au",
    topic: "own-behaviour",
    name: "Men's Referral Service (No to Violence)",
    forWhat: "For men who have used, or worry they might use, violence or control at home. You can stay anonymous. They can link you to a men's behaviour change programme.",
    contacts: [
      { kind: "call", number: "1300 766 491", tel: "1300766491" },
      { kind: "web", url: "https://ntv.org.au/get-help/getting-support", label: "Chat at ntv.org.au" },
    ],
    cost: "Calls may cost money.",
    website: "https://ntv.org.au/",
    sources: [{ url: "https://ntv.org.au/get-help/getting-support", kind: "service", by: "No to Violence, which runs the service", checked: CHECKED }],
  }),
  entry({
    id: "au-mensline",
    country: "au",
    topic: "own-behaviour",
    name: "MensLine Australia",
    forWhat: "For men: talk about a breakup or your relationship. They also help men who worry about their own anger, violence or control, and want to stop.",
    contacts: [{ kind: "call", number: "1300 78 99 78", tel: "1300789978" }],
    cost: "Calls may cost money.",
    website: "https://mensline.org.au/",
    sources: [
      {
        url: "https://www.mhcc.vic.gov.au/News-and-events/News/mental-health-wellbeing-supports",
        kind: "public-body",
        by: "Victoria's Mental Health Complaints Commissioner",
        checked: READ_DEC_5,
        confirms: "the number, and that it helps men with relationships",
      },
      {
        url: "https://mensline.org.au/family-violence/",
        kind: "service",
        by: "MensLine Australia",
        checked: READ_DEC_5,
        confirms: "that it helps men who use violence or control to stop",
      },
    ],
  }),
  entry({
    id: "au-esafety",
    country: "au",
    topic: "image-abuse",
    name: "eSafety Commissioner",
    forWhat: "If someone shares, or threatens to share, an intimate image or video of you. You can report at any age. eSafety can help get it removed and may act against the person who shared it.",
    contacts: [{ kind: "web", url: "https://www.esafety.gov.au/report/image-based-abuse", label: "Report at esafety.gov.au" }],
    website: "https://www.esafety.gov.au/",
    sources: [{ url: "https://www.esafety.gov.au/report/image-based-abuse", kind: "public-body", by: "the eSafety Commissioner, a public body that runs the reporting service", checked: CHECKED }],
  }),

  // Ireland
  entry({
    id: "ie-samaritans",
    country: "ie",
    topic: "crisis",
    name: "Samaritans Ireland",
    forWhat: "If you are struggling to cope, thinking about suicide, or worried about someone.",
    contacts: [{ kind: "call", number: "116 123", tel: "116123" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://www.samaritans.org/",
    sources: [
      SAMARITANS_CONTACT_PAGE,
      {
        url: "https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year",
        kind: "service",
        by: "Samaritans",
        pageDate: "2015-12-16",
        checked: CHECKED,
        confirms: "that the number is free in the Republic of Ireland",
      },
    ],
  }),
  entry({
    id: "ie-50808",
    country: "ie",
    topic: "crisis",
    name: "50808",
    forWhat: "If you would rather text than talk, about anything that feels like too much. Funded by the HSE.",
    contacts: [{ kind: "text", number: "50808", keyword: "TALK" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    sources: [
      {
        url: "https://www.donegallive.ie/news/news/550907/live-saving-innovative-24-7-text-service-launched.html",
        kind: "other",
        by: "a local newspaper",
        pageDate: "2020-06-16",
        checked: CHECKED,
        note: "A local newspaper's copy of the launch news release.",
      },
      {
        url: "https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466",
        kind: "other",
        by: "Today FM, an Irish radio station",
        checked: READ_DEC_5,
        confirms: "that you start a chat by texting TALK",
        note: "A news report of the launch.",
      },
    ],
  }),
  entry({
    id: "ie-childline",
    country: "ie",
    topic: "crisis",
    name: "Childline (for under-18s)",
    forWhat: "For anyone under 18 in Ireland: talk about anything on your mind, such as a breakup, abuse or thoughts of suicide. Run by the ISPCC.",
    contacts: [{ kind: "call", number: "1800 66 66 66", tel: "1800666666" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://www.childline.ie/",
    operatorSites: ["https://www.ispcc.ie/"],
    sources: [
      {
        url: "http://www.breakingnews.ie/ireland/childine-volunters-answered-1020-calls-from-children-on-christmas-day-820223.html",
        kind: "other",
        by: "BreakingNews.ie, quoting the ISPCC's chief executive",
        pageDate: "2017-12-26",
        checked: READ_DEC_5,
        confirms: "the number, and that the line is free and open day and night",
        note: "A news report.",
      },
      {
        url: "https://www.echo.ie/we-are-appealing-to-you-to-help-share-a-sense-of-hope/",
        kind: "other",
        by: "The Echo, a Dublin newspaper",
        checked: READ_DEC_5,
        confirms: "the same number, and that it is for young people up to 18",
        note: "A news report, from early in the Covid-19 pandemic.",
      },
      {
        url: "https://www.ispcc.ie/childlines-24-7-support-line-conversations-in-the-lead-up-to-christmas/",
        kind: "service",
        by: "the ISPCC, which runs Childline",
        checked: READ_DEC_5,
        confirms: "that the line is open day and night",
      },
    ],
  }),
  entry({
    id: "ie-womens-aid",
    country: "ie",
    topic: "abuse",
    name: "Women's Aid 24hr National Freephone Helpline",
    forWhat: "For women. If a partner or ex is abusing, threatening or controlling you, or you are worried about someone who is.",
    contacts: [{ kind: "call", number: "1800 341 900", tel: "1800341900" }],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://www.womensaid.ie/",
    sources: [
      {
        url: "https://www.womensaid.ie/about/newsevents/news/2009/11/30/supporting-a-friend-sinead-desmond-launches-the-wo/",
        kind: "service",
        by: "Women's Aid",
        pageDate: "2009-11-30",
        checked: CHECKED,
        confirms: "the phone number",
        note: "Old pages of the service's own.",
      },
      {
        url: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/",
        kind: "service",
        by: "Women's Aid",
        pageDate: "2016-09-05",
        checked: CHECKED,
        confirms: "that the line has been open day and night since 2016",
      },
    ],
  }),
  entry({
    id: "ie-mens-aid",
    country: "ie",
    topic: "abuse",
    name: "Men's Aid",
    forWhat: "For men. If a partner or ex is abusing, threatening or controlling you.",
    contacts: [{ kind: "call", number: "01 554 3811", tel: "015543811" }],
    hours: "Monday to Friday, 9am to 5pm.",
    cost: "Calls may cost money.",
    website: "https://www.mensaid.ie/",
    sources: [
      {
        url: "https://www.rte.ie/news/2022/1114/1335943-men-violence-report",
        kind: "other",
        by: "RTÉ News",
        pageDate: "2022-11-14",
        checked: CHECKED,
        note: "A news report.",
      },
    ],
  }),
  entry({
    id: "ie-male-advice-line",
    country: "ie",
    topic: "abuse",
    name: "Male Advice Line",
    forWhat: "For men. If a partner or ex is abusing, threatening or controlling you. You can also call if you are worried about a man close to you.",
    contacts: [{ kind: "call", number: "1800 816 588", tel: "1800816588" }],
    cost: "Free.",
    website: "https://www.mensnetwork.ie/",
    sources: [
      {
        url: "https://www.thejournal.ie/male-victims-domestic-abuse-helpline-4643294-May2019/",
        kind: "other",
        by: "TheJournal.ie, a news site",
        pageDate: "2019-05-20",
        checked: READ_DEC_5,
        confirms: "the number, and that the line is for men who are abused",
        note: "A news report of the launch.",
      },
      {
        url: "https://www.waterfordlive.ie/news/home/535639/men-s-development-network-extend-male-advice-line-to-seven-day-service.html",
        kind: "other",
        by: "Waterford Live, a local news site",
        checked: READ_DEC_5,
        confirms: "that the number is free to call, and that family and friends can call too",
        note: "A news report, from early in the Covid-19 pandemic.",
      },
    ],
  }),
  entry({
    id: "ie-move",
    country: "ie",
    topic: "own-behaviour",
    name: "MOVE Ireland",
    forWhat:
      "This is not a phone line. MOVE runs group programmes across Ireland, some online, for men who want to stop. Many men sign up themselves.",
    contacts: [{ kind: "web", url: "https://www.moveireland.ie/", label: "Find out about MOVE at moveireland.ie" }],
    website: "https://www.moveireland.ie/",
    sources: [
      {
        url: "https://corkindependent.com/2024/11/28/reasons-for-abusive-behaviour-complex",
        kind: "other",
        by: "The Cork Independent, a news site",
        pageDate: "2024-11-28",
        checked: CHECKED,
        note: "A news report.",
      },
    ],
  }),
  entry({
    id: "ie-hotline",
    country: "ie",
    topic: "image-abuse",
    name: "Hotline.ie",
    forWhat: "Report intimate images shared, or threatened to be shared, without consent. They work to have them removed, and can pass your report to the Gardaí if you want.",
    contacts: [{ kind: "web", url: "https://hotline.ie/report", label: "Report at hotline.ie" }],
    website: "https://hotline.ie/",
    sources: [
      { url: "https://hotline.ie/faqs", kind: "service", by: "Hotline.ie", checked: CHECKED },
      {
        url: "https://www.garda.ie/en/about-us/our-departments/office-of-corporate-communications/news-media/news-archive/launch-of-hotline-to-report-intimate-image-abuse-iia-to-gardai-6-9-21-.html",
        kind: "public-body",
        by: "An Garda Síochána",
        pageDate: "2021-09-06",
        checked: CHECKED,
        confirms: "that the Gardaí take reports through Hotline.ie",
      },
    ],
  }),

  // New Zealand
  entry({
    id: "nz-1737",
    country: "nz",
    topic: "crisis",
    name: "1737, Need to talk?",
    forWhat: "If you are struggling, or worried about someone: call or text a trained counsellor, about anything that feels like too much.",
    contacts: [
      { kind: "call", number: "1737", tel: "1737" },
      { kind: "text", number: "1737", sameAsCall: true },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://1737.org.nz/",
    sources: [
      {
        url: "https://www.pegasus.health.nz/?p=6300",
        kind: "other",
        by: "Pegasus Health, a Christchurch health group, talking with 1737's psychiatrist",
        pageDate: "2021",
        checked: CHECKED,
        note: "A page of a local health group.",
      },
    ],
  }),
  entry({
    id: "nz-youthline",
    country: "nz",
    topic: "crisis",
    name: "Youthline (for ages 12 to 24)",
    forWhat: "For young people aged 12 to 24: call or text a counsellor about anything, big or small.",
    contacts: [
      { kind: "call", number: "0800 37 66 33", tel: "0800376633" },
      { kind: "text", number: "234" },
    ],
    hours: "24 hours a day, every day.",
    cost: "Free.",
    website: "https://www.youthline.co.nz/",
    sources: [
      {
        url: "http://youthaffairs.govt.nz/news/2012/youthline.html",
        kind: "public-body",
        by: "the Ministry of Youth Development",
        pageDate: "2012-01-17",
        checked: READ_DEC_5,
        confirms: "the phone number and the free text number",
      },
      {
        url: "https://livenews.co.nz/2023/11/04/social-services-youthline-moves-to-24-7-counselling-service-with-support-from-asb",
        kind: "other",
        by: "Live News, printing Youthline's own news release",
        pageDate: "2023-11-04",
        checked: READ_DEC_5,
        confirms: "that calls and texts are free, open day and night, for ages 12 to 24",
        note: "A news site's copy of Youthline's news release.",
      },
    ],
  }),
  entry({
    id: "nz-womens-refuge",
    country: "nz",
    topic: "abuse",
    name: "Women's Refuge crisis line",
    forWhat: "For women facing violence, threats or control. You will be put through to your local refuge.",
    contacts: [
      { kind: "call", number: "0800 733 843", tel: "0800733843", note: "0800 REFUGE" },
      { kind: "web", url: "https://womensrefuge.org.nz/get-help/", label: "Chat at womensrefuge.org.nz" },
    ],
    hours: "24 hours a day, every day.",
    website: "https://womensrefuge.org.nz/",
    sources: [{ url: "https://womensrefuge.org.nz/get-help/", kind: "service", by: "Women's Refuge", checked: CHECKED }],
  }),
  entry({
    id: "nz-shine",
    country: "nz",
    topic: "abuse",
    name: "Shine helpline",
    forWhat: "For anyone facing domestic abuse, whatever their gender, and for people helping them.",
    contacts: [{ kind: "call", number: "0508 744 633", tel: "0508744633" }],
    website: "https://www.2shine.org.nz/",
    sources: [
      { url: "https://www.2shine.org.nz/news/help-is-available-during-covid-19-traffic-light-settings/", kind: "service", by: "Shine", pageDate: "2022-02-21", checked: CHECKED },
      { ...GOVT_NZ_FAMILY_VIOLENCE_PAGE, confirms: "the same number in 2023 (the two pages give different hours)" },
    ],
  }),
  entry({
    id: "nz-in-your-hands",
    country: "nz",
    topic: "own-behaviour",
    name: "In Your Hands (Family Violence Information Line)",
    forWhat: "For people worried that they hurt or scare someone close to them, and who want to change.",
    contacts: [
      { kind: "call", number: "0800 456 450", tel: "0800456450" },
      { kind: "web", url: "https://www.inyourhands.org.nz/", label: "Chat at inyourhands.org.nz" },
    ],
    website: "https://www.inyourhands.org.nz/",
    sources: [
      { url: "https://www.inyourhands.org.nz/journey-of-change/thinking-about-change/", kind: "service", by: "In Your Hands", checked: CHECKED },
      { ...GOVT_NZ_FAMILY_VIOLENCE_PAGE, confirms: "that the line is for people who want to change their own behaviour" },
    ],
  }),
  entry({
    id: "nz-netsafe",
    country: "nz",
    topic: "image-abuse",
    name: "Netsafe",
    forWhat: "Private help when intimate images are shared without consent or someone threatens it, and with other online abuse.",
    contacts: [
      { kind: "call", number: "0508 638 723", tel: "0508638723", note: "0508 NETSAFE" },
      { kind: "web", url: "https://www.netsafe.org.nz/bullying-abuse-support/", label: "Get help from Netsafe online" },
    ],
    hours: "Phone: 8am to 8pm on weekdays, 9am to 5pm at weekends.",
    cost: "Free to call.",
    website: "https://www.netsafe.org.nz/",
    sources: [
      { url: "http://www.netsafe.org.nz/hdc/", kind: "service", by: "Netsafe", checked: CHECKED },
      {
        url: "https://netsafe.org.nz/our-work/helpline-services/feedback",
        kind: "service",
        by: "Netsafe",
        pageDate: "2024-07-30",
        checked: READ_DEC_5,
        confirms: "the number and the opening hours",
      },
    ],
  }),

  // Wherever you live
  entry({
    id: "stopncii",
    country: "any",
    topic: "image-abuse",
    name: "StopNCII.org",
    forWhat:
      "For adults, wherever you live: turn an intimate image into a digital fingerprint on your own phone, so that partner sites can block copies. The image never leaves your device. It also helps if someone is only threatening to share.",
    contacts: [{ kind: "web", url: "https://stopncii.org/", label: "Create a case at StopNCII.org" }],
    website: "https://stopncii.org/",
    sources: [{ url: "https://stopncii.org/faq/", kind: "service", by: "StopNCII.org", checked: CHECKED }],
  }),
  entry({
    id: "take-it-down",
    country: "any",
    topic: "image-abuse",
    name: "Take It Down",
    forWhat:
      "If a nude or sexual image of you was taken before you were 18, wherever you live: make a digital fingerprint of it on your own device, so partner sites can find and remove it. You do not have to give your name.",
    contacts: [{ kind: "web", url: "https://takeitdown.ncmec.org/", label: "Start at takeitdown.ncmec.org" }],
    website: "https://takeitdown.ncmec.org/",
    sources: [{ url: "https://takeitdown.ncmec.org/faq/", kind: "service", by: "the National Center for Missing & Exploited Children, which runs Take It Down", checked: CHECKED }],
  }),
];

/**
 * Where a country has no line for a need, said plainly, with the nearest help, and the page that says
 * so. Shown under that need in the country's section of /help. No phone numbers here.
 */
export interface HelpGap {
  country: CountryCode;
  topic: HelpTopic;
  text: string;
  sources: [Provenance, ...Provenance[]];
}

export const HELP_GAPS: HelpGap[] = [
  {
    country: "us",
    topic: "abuse",
    text: "There is no national stalking hotline in the US. If an ex is stalking you, call one of the abuse lines above. They can help you make a plan to stay safe.",
    sources: [
      {
        url: "https://www.stalkingawareness.org/about-sparc/",
        kind: "other",
        by: "SPARC, a US centre on stalking, paid for by the government",
        checked: READ_DEC_5,
        confirms: "that the US has no stalking hotline",
        note: "A national centre that trains the people who help stalking victims.",
      },
    ],
  },
];

export function gapsFor(country: CountryCode, topic: HelpTopic, gaps: readonly HelpGap[] = HELP_GAPS): HelpGap[] {
  return gaps.filter((gap) => gap.country === country && gap.topic === topic);
}

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
