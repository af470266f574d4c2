import { ROLES, type Role } from "@/lib/auth/permissions";
import { FieldError } from "@/components/ui/field";
import { HydratedControl } from "@/components/ui/hydrated-control";
import { ROLE_HINTS, ROLE_LABELS } from "./roles";

type Props = {
  idPrefix: string;
  legend: string;
  value: readonly Role[];
  onChange(next: Role[]): void;
  errors?: string[];
  locked?: readonly Role[];
  lockedHint?: string;
  showHints?: boolean;
  hideLegend?: boolean;
};

/**
 * A labelled group of role checkboxes (controlled, so disabled until hydrated); `locked` roles stay checked and cannot
 * be cleared.
 */
export function RoleCheckboxes({
  idPrefix,
  legend,
  value,
  onChange,
  errors,
  locked = [],
  lockedHint,
  showHints,
  hideLegend,
}: Props) {
  const errorId = `${idPrefix}-roles-error`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined}>
      <legend className={hideLegend ? "sr-only" : "text-sm font-medium text-slate-800"}>{legend}</legend>
      <div className={`${hideLegend ? "" : "mt-2"} grid gap-1.5 ${showHints ? "grid-cols-1" : "grid-cols-2"}`}>
        {ROLES.map((role) => {
          const id = `${idPrefix}-role-${role}`;
          const isLocked = locked.includes(role);
          return (
            <div key={role} className="flex items-start gap-2">
              <HydratedControl
                as="input"
                id={id}
                type="checkbox"
                name="roles"
                value={role}
                checked={value.includes(role)}
                disabled={isLocked}
                onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
                className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              />
              <label htmlFor={id} className="text-sm text-slate-800">
                {ROLE_LABELS[role]}
                {isLocked && lockedHint && <span className="block text-xs text-slate-500">{lockedHint}</span>}
                {showHints && <span className="block text-xs text-slate-500">{ROLE_HINTS[role]}</span>}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}
