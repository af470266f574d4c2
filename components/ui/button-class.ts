/** The button look, without React: server components take it for links that act as buttons. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
/**
 * Padding and text size. A size, not extra classes: two Tailwind utilities for one property (`px-3` and `px-2`) are
 * decided by their order in the stylesheet, not in the class list, so a `px-2` passed beside the default `px-3` lost.
 */
export type ButtonSize = "md" | "sm" | "xs";

const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
/** How a button that cannot be pressed looks; not while it only waits for hydration (see `Button`). */
const dimmedWhenDisabled = "disabled:cursor-not-allowed disabled:opacity-60";

const sizes: Record<ButtonSize, string> = {
  md: "px-3 py-2 text-sm",
  sm: "px-2.5 py-1.5 text-sm", // table rows
  xs: "px-2 py-1 text-xs", // beside a value, inside a card's footer
};

const variants: Record<ButtonVariant, string> = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-500",
  secondary: "border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50",
  danger: "border border-rose-200 bg-white text-rose-700 shadow-sm hover:bg-rose-50",
  ghost: "text-slate-700 hover:bg-slate-100",
};

/**
 * Button look, also for links that act as buttons (`<Link className={buttonClass("secondary")}>`). `extra` is for
 * layout (margins, `shrink-0`), never padding or text size: pass a `size`. `dimDisabled: false` keeps a disabled
 * button looking as it will once it works.
 */
export function buttonClass(
  variant: ButtonVariant = "primary",
  extra = "",
  size: ButtonSize = "md",
  { dimDisabled = true }: { dimDisabled?: boolean } = {},
) {
  return `${base} ${sizes[size]} ${variants[variant]} ${dimDisabled ? dimmedWhenDisabled : ""} ${extra}`
    .replace(/\s+/g, " ")
    .trim();
}
