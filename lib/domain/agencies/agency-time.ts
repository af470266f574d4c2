/**
 * Times shown in the agency's own time zone (Agency.timeZone, a settings field). Pure. An unknown zone (a value
 * stored before validation existed, or one this runtime's Intl lacks) falls back to UTC instead of throwing.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
    } catch {
      return formatterFor("UTC");
    }
    cache.set(timeZone, format);
  }
  return format;
}

/** "2 Dec 2026, 09:14" in the zone; the zone's name goes in the column heading. */
export const formatAgencyTime = (at: Date, timeZone: string) => formatterFor(timeZone).format(at);

/** The zone as a heading shows it: "UTC", "Europe/London" → "Europe/London". */
export const zoneLabel = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone.replaceAll("_", " ");
  } catch {
    return "UTC";
  }
};
