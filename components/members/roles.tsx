import { ROLES, type Role } from "@/lib/auth/permissions";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const ROLE_LABELS: Record<Role, string> = {
  LEADER: "Leader",
  AM: "Account manager",
  PM: "Project manager",
  VIEWER: "Viewer",
};

export const ROLE_HINTS: Record<Role, string> = {
  LEADER: "Everything, including members, settings and the audit log",
  AM: "Their own accounts, check-ins, contacts, KPIs and growth plans",
  PM: "Status of the projects they manage",
  VIEWER: "Read-only",
};

const TONES: Record<Role, BadgeTone> = { LEADER: "indigo", AM: "emerald", PM: "amber", VIEWER: "slate" };

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const sorted = ROLES.filter((r) => roles.includes(r));
  return (
    <span className="flex flex-wrap gap-1">
      {sorted.map((role) => (
        <Badge key={role} tone={TONES[role]}>
          {ROLE_LABELS[role]}
        </Badge>
      ))}
    </span>
  );
}
