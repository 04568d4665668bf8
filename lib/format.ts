const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const monthAndYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2016-12-28" → that day at midnight UTC, so a zoneless calendar day never shifts with the server's time zone. */
export function utcDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** "2016-12-28" → "28 December 2016": day first, as the site's British readers write dates. */
export function formatDate(isoDay: string): string {
  return longDate.format(utcDate(isoDay));
}

/** A date only as precise as its page shows it: "2016", "2016-09" → "September 2016", or a full day. */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return monthAndYear.format(utcDate(`${value}-01`));
  return formatDate(value);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A count as people write it in a sentence: "five" up to twelve, digits after ("13"). */
export function countInWords(count: number, { capital = false } = {}): string {
  const word = NUMBER_WORDS[count] ?? count.toLocaleString("en-GB");
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
