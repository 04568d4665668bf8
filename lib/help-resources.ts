/**
 * Crisis and abuse support lines listed on /help. Checked against the services' own published
 * contact details; keep each entry's `how` exact (a wrong digit here matters more than anywhere else).
 */
export interface HelpResource {
  name: string;
  forWhat: string;
  how: { label: string; href?: string }[];
  hours: string;
}

export const US_RESOURCES: HelpResource[] = [
  {
    name: "988 Suicide & Crisis Lifeline",
    forWhat: "If you are thinking about suicide, are in emotional crisis, or are worried about someone else.",
    how: [
      { label: "Call or text 988", href: "tel:988" },
      { label: "Chat at 988lifeline.org", href: "https://988lifeline.org/" },
    ],
    hours: "24 hours a day, every day; free and confidential",
  },
  {
    name: "Crisis Text Line",
    forWhat: "If you would rather text than talk, about anything that feels like too much.",
    how: [{ label: "Text HOME to 741741", href: "sms:741741?body=HOME" }],
    hours: "24 hours a day, every day",
  },
  {
    name: "National Domestic Violence Hotline",
    forWhat: "If a partner or ex hurts, threatens, controls or frightens you, or you worry about how you treat a partner.",
    how: [
      { label: "Call 1-800-799-7233 (SAFE)", href: "tel:+18007997233" },
      { label: "Text START to 88788", href: "sms:88788?body=START" },
      { label: "Chat at thehotline.org", href: "https://www.thehotline.org/" },
    ],
    hours: "24 hours a day, every day",
  },
  {
    name: "love is respect",
    forWhat: "For young people and anyone with questions about dating, breakups and what a healthy relationship looks like.",
    how: [
      { label: "Text LOVEIS to 22522", href: "sms:22522?body=LOVEIS" },
      { label: "Call 1-866-331-9474", href: "tel:+18663319474" },
      { label: "Chat at loveisrespect.org", href: "https://www.loveisrespect.org/" },
    ],
    hours: "24 hours a day, every day",
  },
];
