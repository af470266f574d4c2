import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button-class";

/**
 * In place of "Deactivate" for a member who still holds accounts, people or open projects: deactivating them
 * directly would orphan those (the action refuses it), so the row leads to the guided handover instead.
 */
export function HandoverLink({ href, name, holds }: { href: string; name: string; holds: string }) {
  return (
    <span className="flex flex-col items-start gap-1 md:items-end">
      <Link href={href} className={buttonClass("secondary", "", "sm")}>
        Hand over and deactivate<span className="sr-only"> {name}</span>
      </Link>
      <span className="text-xs text-slate-600">Still holds {holds}</span>
    </span>
  );
}
