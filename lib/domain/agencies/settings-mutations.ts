/**
 * Writes of the agency settings. Every section names the settings version it was read at: the UPDATE matches
 * (id, settingsVersion) and bumps it, so two leaders editing at once cannot silently overwrite each other; the one
 * who comes second gets `conflict` with who changed the settings, when, and the values now (as projects and accounts
 * do). Each write is audited with the changed fields before and after; a change of the guideline in force is also
 * recorded in GuidelineChange, the history the load trends draw.
 */
import type { ActionContext, SchemaContext, SchemaName } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import { conflictRefusal, lastChangeOf } from "@/lib/domain/audit/last-change";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";
import { toSourceValue } from "./rule-history";
import { readSettings, type AgencySettingsRow } from "./settings-queries";
import { sameGuideline, type RuleSettings } from "./settings-rules";
import type * as schemas from "./settings-schemas";

/** What one settings write may change: the rule columns and the agency's profile. */
type Changes = Partial<
  RuleSettings & {
    name: string;
    currency: string;
    timeZone: string;
    weekStart: AgencySettingsRow["weekStart"];
    guidelineOverrideReason: string | null;
    firstRunDismissedAt: Date;
  }
>;

/** The refusal a stale form gets: who changed the settings last, when, and the settings as they are now. */
async function settingsConflict(tx: TenantTx, current: AgencySettingsRow): Promise<ActionError> {
  const last = await lastChangeOf(tx, current.id, "AgencySettings");
  return conflictRefusal(last, current, "The settings were changed");
}

function pick(row: AgencySettingsRow, keys: readonly (keyof Changes)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}

type Ctx = Pick<ActionContext<unknown>, "tx" | "member" | "audit">;
type Input<S extends SchemaName<typeof schemas>> = Omit<SchemaContext<typeof schemas, S>, "prepared">;

async function writeSettings(
  ctx: Ctx,
  expectedVersion: number,
  action: string,
  changes: Changes,
  extra: { confirmSetup?: boolean } = {},
): Promise<{ version: number }> {
  const { tx, member } = ctx;
  const agencyId = member.agencyId;
  const before = await readSettings(tx, agencyId);
  if (!before) throw new ActionError("not_found", "That agency was not found.");
  if (before.settingsVersion !== expectedVersion) throw await settingsConflict(tx, before);
  const after = { ...before, ...changes };
  const guidelineBefore = guidelineFor(before);
  const guidelineAfter = guidelineFor(after);
  const { count } = await tx.agency.updateMany({
    where: { id: agencyId, settingsVersion: expectedVersion },
    data: {
      ...changes,
      settingsVersion: { increment: 1 },
      ...(extra.confirmSetup && !before.setupConfirmedAt ? { setupConfirmedAt: new Date() } : {}),
    },
  });
  // Another transaction committed between our read and this write (same version read twice).
  if (count === 0) throw await settingsConflict(tx, (await readSettings(tx, agencyId)) ?? before);
  const version = expectedVersion + 1;
  if (!sameGuideline(guidelineBefore, guidelineAfter)) {
    await tx.guidelineChange.create({
      data: {
        agencyId,
        actorId: member.user.id,
        fromEmployeeCount: before.employeeCount,
        fromMin: guidelineBefore.min,
        fromMax: guidelineBefore.max,
        fromSource: toSourceValue(guidelineBefore.source),
        toEmployeeCount: after.employeeCount,
        toMin: guidelineAfter.min,
        toMax: guidelineAfter.max,
        toSource: toSourceValue(guidelineAfter.source),
        reason: after.guidelineOverrideReason,
      },
    });
  }
  const keys = Object.keys(changes) as (keyof Changes)[];
  await ctx.audit({
    action,
    entityType: "AgencySettings",
    entityId: agencyId,
    before: { ...pick(before, keys), version: expectedVersion },
    after: { ...pick(after, keys), version },
  });
  return { version };
}

export function updateProfile(ctx: Input<"profileSchema">) {
  const { expectedVersion, ...fields } = ctx.input;
  return writeSettings(ctx, expectedVersion, "settings.profile_updated", fields, { confirmSetup: true });
}

export function setGuidelineOverride(ctx: Input<"overrideSchema">) {
  const { expectedVersion, min, max, reason } = ctx.input;
  const changes = { guidelineMinOverride: min, guidelineMaxOverride: max, guidelineOverrideReason: reason };
  return writeSettings(ctx, expectedVersion, "settings.guideline_overridden", changes, { confirmSetup: true });
}

/** Back to the size band: the override and its reason go; the history keeps both. */
export function clearGuidelineOverride(ctx: Input<"clearOverrideSchema">) {
  const changes = { guidelineMinOverride: null, guidelineMaxOverride: null, guidelineOverrideReason: null };
  return writeSettings(ctx, ctx.input.expectedVersion, "settings.guideline_override_removed", changes);
}

export function updateCadence(ctx: Input<"cadenceSchema">) {
  const { expectedVersion, ...fields } = ctx.input;
  return writeSettings(ctx, expectedVersion, "settings.cadence_updated", fields);
}

export function updateHealthWeights(ctx: Input<"healthWeightsSchema">) {
  const { expectedVersion, ...fields } = ctx.input;
  return writeSettings(ctx, expectedVersion, "settings.health_weights_updated", fields);
}

export function updateThresholds(ctx: Input<"thresholdsSchema">) {
  const { expectedVersion, ...fields } = ctx.input;
  return writeSettings(ctx, expectedVersion, "settings.thresholds_updated", fields);
}

/**
 * Hides the first-run guide for everyone in the agency (it is the agency's setup, not one person's). Versioned like
 * every settings write, so a stale page cannot replay it after the settings moved on.
 */
export function dismissFirstRunGuide(ctx: Input<"dismissGuideSchema">) {
  const changes = { firstRunDismissedAt: new Date() };
  return writeSettings(ctx, ctx.input.expectedVersion, "settings.first_run_dismissed", changes);
}
