"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { buttonClass } from "@/components/ui/button-class";

/** "Back to <agency overview>", derived from the current URL's first segment (the 403 page has no params). */
export function AgencyHomeLink() {
  const first = usePathname().split("/")[1] ?? "";
  const href = /^[a-z0-9-]{1,60}$/.test(first) ? `/${first}` : "/";
  return (
    <Link href={href} className={buttonClass("primary")}>
      {href === "/" ? "Go to the home page" : "Back to the agency overview"}
    </Link>
  );
}
