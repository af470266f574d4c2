import { Prisma } from "./generated/client";

/** Models whose rows belong to one agency (they carry agencyId and sit under row-level security). */
export const TENANT_MODELS = new Set<string>([
  "Membership",
  "Invitation",
  "Client",
  "Contact",
  "Account",
  "CheckIn",
  "CheckInContact",
  "Project",
  "ProjectUpdate",
  "Kpi",
  "KpiMeasurement",
  "GrowthPlan",
  "Opportunity",
  "GrowthAction",
  "AuditEvent",
  "GuidelineChange",
  "CareerLevel",
  "CareerLevelKpi",
  "LevelExpectation",
  "PersonProfile",
  "Assessment",
  "DevelopmentItem",
  "OneOnOne",
  "OneOnOneAction",
  "FollowUpRule",
  "FollowUp",
  "JobRun",
  "AccountHealthSnapshot",
  "AmLoadSnapshot",
]);

const FILTERED_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
]);

export class TenantScopeError extends Error {
  constructor(model: string, operation: string) {
    super(`${model}.${operation} without an agencyId in its where clause: every tenant query must be scoped`);
    this.name = "TenantScopeError";
  }
}

/** `where: { agencyId: undefined }` means "no filter" to Prisma; here it means a bug, so it throws. */
function isScoped(where: unknown): boolean {
  if (!where || typeof where !== "object") return false;
  const record = where as Record<string, unknown>;
  if (typeof record.agencyId === "string") return true;
  // Compound unique keys that start with agencyId, e.g. { agencyId_id: { agencyId, id } }.
  return Object.entries(record).some(
    ([key, value]) =>
      key.startsWith("agencyId_") &&
      typeof value === "object" &&
      value !== null &&
      typeof (value as Record<string, unknown>).agencyId === "string",
  );
}

/** A Prisma extension that refuses unscoped reads and writes on tenant models (row-level security backs it up). */
export const tenantGuard = Prisma.defineExtension({
  name: "tenant-guard",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        if (TENANT_MODELS.has(model) && FILTERED_OPERATIONS.has(operation)) {
          if (!isScoped((args as { where?: unknown }).where)) throw new TenantScopeError(model, operation);
        }
        return query(args);
      },
    },
  },
});
