import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import type { LeaderOption } from "@/lib/domain/agencies/lifecycle-queries";
import { DeleteAgencyForm } from "./delete-agency-form-client";
import { TransferOwnershipForm } from "./transfer-ownership-form-client";

type Props = {
  slug: string;
  name: string;
  version: number;
  isOwner: boolean;
  ownerName: string | null;
  candidates: LeaderOption[];
};

/**
 * The agency's own data (settings page, leaders): the archive download for every leader; ownership transfer and
 * deletion for the owner only (the actions refuse anyone else; others see who the owner is).
 */
export function DataLifecycleCards({ slug, name, version, isOwner, ownerName, candidates }: Props) {
  return (
    <>
      <Card
        id="archive"
        title="Your data"
        description="One ZIP archive of everything the agency holds: a CSV per table (the audit log included), a file the CSV import reads back, and a manifest."
      >
        <a href={`/api/agencies/${slug}/archive`} download className={buttonClass("secondary")}>
          Download the archive
        </a>
      </Card>
      <Card
        id="danger"
        title="Ownership and deletion"
        description={
          isOwner
            ? "Only you, the owner, can do these. Both are recorded."
            : `Only the owner${ownerName ? `, ${ownerName},` : ""} can transfer ownership or delete the agency.`
        }
        className="border-rose-200"
      >
        {isOwner && (
          <div className="space-y-8">
            <div className="space-y-2">
              <h3 className="text-sm font-semibold text-slate-900">Transfer ownership</h3>
              <TransferOwnershipForm slug={slug} version={version} candidates={candidates} />
            </div>
            <div className="space-y-2 border-t border-rose-100 pt-6">
              <h3 className="text-sm font-semibold text-rose-800">Delete the agency</h3>
              <DeleteAgencyForm slug={slug} name={name} />
            </div>
          </div>
        )}
      </Card>
    </>
  );
}
