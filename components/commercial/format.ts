import { formatMoney } from "@/components/portfolio/labels";

export { formatMoney };

/** "12.5 h": hours with at most one decimal. */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}

/** "112%" or "—". */
export function formatNrr(nrr: number | null): string {
  return nrr === null ? "—" : `${Math.round(nrr * 100)}%`;
}
