"use client";

import Link from "@/components/ui/link";
import { SelectField } from "@/components/ui/select-field";
import { transferOwnership } from "@/lib/actions/agency-lifecycle";
import type { LeaderOption } from "@/lib/domain/agencies/lifecycle-queries";
import { SettingsSection } from "./settings-section-client";
import { useSettingsForm } from "./use-settings-form";

type Props = { slug: string; version: number; candidates: LeaderOption[] };

/** Hands ownership (and with it transfer and deletion) to another active leader; the owner stays a leader. */
export function TransferOwnershipForm({ slug, version, candidates }: Props) {
  const form = useSettingsForm(version, (expectedVersion, values) =>
    transferOwnership(slug, { expectedVersion, membershipId: values.get("membershipId") }),
  );
  if (candidates.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Ownership can go only to another leader.{" "}
        <Link href={`/${slug}/members`} className="font-medium text-indigo-700 underline">
          Make a member a leader
        </Link>{" "}
        first.
      </p>
    );
  }
  return (
    <SettingsSection label="Transfer ownership" form={form} submitLabel="Transfer ownership">
      <SelectField
        idPrefix="transfer"
        name="membershipId"
        label="New owner"
        options={candidates.map((c) => ({ value: c.membershipId, label: `${c.name} (${c.email})` }))}
        errors={form.errors.membershipId}
      />
    </SettingsSection>
  );
}
