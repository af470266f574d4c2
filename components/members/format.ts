const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** Server-side date formatting (UTC), so the HTML is the same wherever it renders. */
export function formatDate(date: Date) {
  return dateFormat.format(date);
}
