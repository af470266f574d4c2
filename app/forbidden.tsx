import type { Metadata } from "next";
import { AgencyHomeLink } from "@/components/layout/agency-home-link-client";
import { StatusPage } from "@/components/layout/status-page";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <StatusPage code="403" title="You don't have access to this page">
      <p>
        Your role in this agency does not include this section. If you need it, ask one of the agency&apos;s leaders to
        change your roles.
      </p>
      <div className="flex justify-center">
        <AgencyHomeLink />
      </div>
    </StatusPage>
  );
}
