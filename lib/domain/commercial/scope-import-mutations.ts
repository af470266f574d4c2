import type { ActionContext } from "@/lib/actions/define-action";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import { columnFileInputSchema } from "@/lib/domain/import/column-file";
import {
  checkWithinSlot,
  columnPreview,
  lockAgencyImports,
  refuseIfProblems,
  type ColumnPreview,
} from "@/lib/domain/import/column-import";
import { readAgencyAccounts } from "./account-match";
import type { ScopeDecisionValue } from "./schemas";
import {
  checkScopeFile,
  SCOPE_IMPORT_FIELDS,
  type CheckedScopeFile,
  type ScopeImportField,
} from "./scope-import-check";
import { planScopeImport, type ScopeImportCounts, type ScopeImportExisting } from "./scope-import-plan";

export const scopeImportInputSchema = columnFileInputSchema(SCOPE_IMPORT_FIELDS);
export type ScopeImportInput = ReturnType<typeof scopeImportInputSchema.parse>;
export type ScopeImportPreview = ColumnPreview<ScopeImportField, ScopeImportCounts>;
type Ctx = ActionContext<ScopeImportInput, CheckedScopeFile>;

/** Before the transaction: parse, map and validate, within the agency's share of import slots. */
export async function checkScopeImportFile({ input, member }: { input: ScopeImportInput; member: MemberContext }) {
  return checkWithinSlot(member, () => checkScopeFile(input));
}

const day = (d: Date) => d.toISOString().slice(0, 10);

async function loadExisting(tx: TenantTx, agencyId: string, checked: CheckedScopeFile): Promise<ScopeImportExisting> {
  const dates = checked.rows.map((r) => r.askedOn).sort();
  const requests =
    dates.length === 0
      ? []
      : await tx.scopeRequest.findMany({
          where: {
            agencyId,
            askedOn: { gte: new Date(`${dates[0]}T00:00:00Z`), lte: new Date(`${dates.at(-1)}T00:00:00Z`) },
          },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            accountId: true,
            askedOn: true,
            summary: true,
            contactId: true,
            estimateHours: true,
            decision: true,
          },
        });
  const contacts = await tx.contact.findMany({ where: { agencyId }, select: { id: true, clientId: true, name: true } });
  return {
    ...(await readAgencyAccounts(tx, agencyId)),
    contacts,
    requests: requests.map((r) => ({
      ...r,
      askedOn: day(r.askedOn),
      estimateHours: Number(r.estimateHours),
      decision: r.decision as ScopeDecisionValue,
    })),
  };
}

function previewOf(checked: CheckedScopeFile, existing: ScopeImportExisting) {
  const plan = planScopeImport(checked.rows, existing);
  return { plan, preview: columnPreview(checked, plan.errors, plan.counts) };
}

export async function previewScopeImport(ctx: Ctx): Promise<ScopeImportPreview> {
  return previewOf(ctx.prepared, await loadExisting(ctx.tx, ctx.member.agencyId, ctx.prepared)).preview;
}

/**
 * All or nothing (ADR 0004): planned again inside the writing transaction under the agency's import lock; any problem
 * refuses the whole file. New requests are logged by the importing leader; changed ones keep who logged them.
 */
export async function commitScopeImport(ctx: Ctx): Promise<ScopeImportPreview> {
  const { tx, member } = ctx;
  const { agencyId } = member;
  await lockAgencyImports(tx, agencyId);
  const { plan, preview } = previewOf(ctx.prepared, await loadExisting(tx, agencyId, ctx.prepared));
  refuseIfProblems(preview);
  const fields = (r: (typeof plan.requests)[number]) => ({
    contactId: r.contactId,
    estimateHours: r.estimateHours,
    decision: r.decision,
  });
  const created = plan.requests.filter((r) => r.id === null);
  if (created.length > 0) {
    await tx.scopeRequest.createMany({
      data: created.map((r) => ({
        agencyId,
        accountId: r.accountId,
        askedOn: new Date(`${r.askedOn}T00:00:00Z`),
        summary: r.summary,
        loggedById: member.membershipId,
        ...fields(r),
      })),
    });
  }
  for (const r of plan.requests) {
    if (r.id) await tx.scopeRequest.updateMany({ where: { agencyId, id: r.id }, data: fields(r) });
  }
  await ctx.audit({
    action: "scopeRequests.imported",
    entityType: "Import",
    entityId: null,
    after: { fileName: ctx.input.fileName ?? null, rows: preview.rowCount, counts: preview.counts },
  });
  return preview;
}
