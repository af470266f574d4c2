import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { StatusPage } from "@/components/layout/status-page";
import { buttonClass } from "@/components/ui/button-class";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <StatusPage code="404" title="We couldn't find that page">
      <p>The link may be mistyped, or the page may belong to an agency you are not a member of.</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClass("primary")}>
          Go to the home page
        </Link>
        <Link href="/sign-in" className={buttonClass("secondary")}>
          Sign in
        </Link>
      </div>
    </StatusPage>
  );
}
