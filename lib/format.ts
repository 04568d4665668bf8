const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * "2016-12-28" → that day at midnight UTC. Content dates are calendar days without a zone; reading
 * them as UTC (and formatting in UTC) keeps the day from shifting with the server's time zone.
 */
export function utcDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** "2016-12-28" → "December 28, 2016". */
export function formatDate(isoDay: string): string {
  return longDate.format(utcDate(isoDay));
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
