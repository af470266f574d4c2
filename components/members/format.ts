/** Server-side date formatting (UTC), so the HTML is the same wherever it renders. */
export { formatDay as formatDate } from "@/lib/format/dates";
