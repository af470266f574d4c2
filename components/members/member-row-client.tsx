"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { changeRoles, deactivateMember, reactivateMember } from "@/lib/actions/members";
import type { Role } from "@/lib/auth/permissions";
import { HandoverLink } from "./handover-link";
import { RoleBadges } from "./roles";
import { RoleCheckboxes } from "./role-checkboxes";

export type MemberView = {
  membershipId: string;
  name: string;
  email: string;
  roles: Role[];
  isOwner: boolean;
  active: boolean;
  joined: string;
  isYou: boolean;
  /** What deactivating them would orphan ("3 accounts"), or null: then the row offers the handover instead. */
  holds: string | null;
};

const cell = "block px-0 py-1 md:table-cell md:px-3 md:py-3 md:align-top";
/** On phones roles and status sit side by side under the name (badges speak for themselves). */
const inlineCell = "inline-block py-1 pr-2 align-top md:table-cell md:px-3 md:py-3";

export function MemberRow({ agencySlug, m, canManage }: { agencySlug: string; m: MemberView; canManage: boolean }) {
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(m.roles);
  const { pending, errors, message, submit: run, reset } = useActionForm();
  const error = errors.roles?.join(" ") ?? message;

  const id = `member-${m.membershipId}`;
  return (
    <tr
      className={`block border-t border-slate-100 py-3 first:border-t-0 md:table-row md:py-0 md:first:border-t ${m.active ? "" : "bg-slate-50/70"}`}
    >
      <td className={cell}>
        <span className={`font-medium ${m.active ? "text-slate-900" : "text-slate-500"}`} id={`${id}-name`}>
          {m.name}
        </span>
        {m.isYou && <span className="ml-1 text-xs text-slate-500">(you)</span>}
        {m.isOwner && (
          <span className="ml-2">
            <Badge tone="indigo">Owner</Badge>
          </span>
        )}
        <span className="block text-sm [overflow-wrap:anywhere] text-slate-500">{m.email}</span>
      </td>
      <td className={editing ? cell : inlineCell}>
        {editing ? (
          <form
            aria-labelledby={`${id}-name`}
            onSubmit={(e) => {
              e.preventDefault();
              run(
                () => changeRoles(agencySlug, { membershipId: m.membershipId, roles }),
                () => setEditing(false),
              );
            }}
            className="space-y-2"
          >
            <RoleCheckboxes
              idPrefix={id}
              legend={`Roles of ${m.name}`}
              hideLegend
              value={roles}
              onChange={setRoles}
              locked={m.isOwner ? ["LEADER"] : []}
              lockedHint="Owner stays a Leader"
            />
            <div className="flex gap-2">
              <Button type="submit" pending={pending} size="sm">
                Save<span className="sr-only"> roles of {m.name}</span>
              </Button>
              <Button variant="ghost" size="sm" onClick={() => (setEditing(false), setRoles(m.roles), reset())}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <RoleBadges roles={m.roles} />
        )}
      </td>
      <td className={inlineCell}>
        {m.active ? <Badge tone="emerald">Active</Badge> : <Badge tone="slate">Deactivated</Badge>}
        <span className="mt-1 hidden text-xs text-slate-500 md:block">Joined {m.joined}</span>
      </td>
      {canManage && (
        <td className={`${cell} md:text-right`}>
          <div className="flex flex-wrap items-start gap-2 md:justify-end">
            {!editing && m.active && (
              <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
                Edit roles<span className="sr-only"> of {m.name}</span>
              </Button>
            )}
            {m.active && !m.isOwner && !m.isYou && m.holds && (
              <HandoverLink href={`/${agencySlug}/people/${m.membershipId}/handover`} name={m.name} holds={m.holds} />
            )}
            {m.active && !m.isOwner && !m.isYou && !m.holds && (
              <Button
                variant="danger"
                size="sm"
                pending={pending && !editing}
                onClick={() => run(() => deactivateMember(agencySlug, { membershipId: m.membershipId }))}
              >
                Deactivate<span className="sr-only"> {m.name}</span>
              </Button>
            )}
            {!m.active && (
              <Button
                variant="secondary"
                size="sm"
                pending={pending}
                onClick={() => run(() => reactivateMember(agencySlug, { membershipId: m.membershipId }))}
              >
                Reactivate<span className="sr-only"> {m.name}</span>
              </Button>
            )}
          </div>
          {error && <Alert className="mt-2 text-left">{error}</Alert>}
        </td>
      )}
    </tr>
  );
}
