import type { ActionContext } from "@/lib/actions/define-action";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import { columnFileInputSchema } from "@/lib/domain/import/column-file";
import { checkWithinSlot, columnImport, dayRange, type ColumnPreview } from "@/lib/domain/import/column-import";
import { readAgencyAccounts } from "./account-match";
import type { ScopeDecisionValue } from "./schemas";
import {
  checkScopeFile,
  SCOPE_IMPORT_FIELDS,
  type CheckedScopeFile,
  type ScopeImportField,
} from "./scope-import-check";
import {
  planScopeImport,
  type PlannedRequest,
  type ScopeImportCounts,
  type ScopeImportExisting,
} from "./scope-import-plan";

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
  const askedOn = dayRange(checked.rows.map((r) => r.askedOn));
  const requests = !askedOn
    ? []
    : await tx.scopeRequest.findMany({
        where: { agencyId, askedOn },
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

const fields = (r: PlannedRequest) => ({
  contactId: r.contactId,
  estimateHours: r.estimateHours,
  decision: r.decision,
});

/**
 * All or nothing (ADR 0004): planned again inside the writing transaction under the agency's import lock; any problem
 * refuses the whole file. New requests are logged by the importing leader; changed ones keep who logged them.
 */
const scopeImport = columnImport({
  load: loadExisting,
  plan: planScopeImport,
  auditAction: "scopeRequests.imported",
  async write({ tx, member }, plan) {
    const { agencyId } = member;
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
  },
});

export const previewScopeImport: (ctx: Ctx) => Promise<ScopeImportPreview> = scopeImport.preview;
export const commitScopeImport: (ctx: Ctx) => Promise<ScopeImportPreview> = scopeImport.commit;
