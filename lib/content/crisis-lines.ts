/**
 * What `::crisis-lines` stands for: the crisis lines of every country /help serves, built from the help data, so a
 * number is written only in lib/help-lines.json and every crisis pointer in the prose names the same lines.
 */
import type { List, ListItem, PhrasingContent } from "mdast";
import { COUNTRIES, contactHref, contactLabel, directContacts, servicesFor } from "../help-resources";

/** One list item per country: "United Kingdom: Samaritans: Call 116 123. Shout: Text SHOUT to 85258." */
export function crisisLinesList(): List {
  const items: ListItem[] = COUNTRIES.flatMap((country) => {
    const phrasing: PhrasingContent[] = servicesFor(country.code, "crisis").flatMap((service, index) => {
      const contacts = directContacts(service.contacts);
      if (!contacts.length) return [];
      return [
        { type: "text", value: `${index ? " " : ""}${service.name}: ` },
        ...contacts.flatMap((contact, n): PhrasingContent[] => [
          ...(n ? [{ type: "text", value: ", or " } as const] : []),
          { type: "link", url: contactHref(contact), children: [{ type: "text", value: n ? lowerFirst(contactLabel(contact)) : contactLabel(contact) }] },
        ]),
        { type: "text", value: "." },
      ];
    });
    if (!phrasing.length) return [];
    return [{ type: "listItem", spread: false, children: [{ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: country.name }] }, { type: "text", value: ": " }, ...phrasing] }] }];
  });
  return { type: "list", ordered: false, spread: false, children: items };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
