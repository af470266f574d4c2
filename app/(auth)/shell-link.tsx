import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { linkClass } from "@/components/auth/auth-shell";

/** The way on from a signed-out page's card ("Already have an account? Sign in"), in the shell's link style. */
export function ShellLink({ href, ask, children }: { href: string; ask?: string; children: ReactNode }) {
  return (
    <>
      {ask && `${ask} `}
      <Link href={href} className={linkClass}>
        {children}
      </Link>
    </>
  );
}
