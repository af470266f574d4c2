-- CreateEnum
CREATE TYPE "WeekStart" AS ENUM ('MONDAY', 'SUNDAY', 'SATURDAY');

-- CreateEnum
CREATE TYPE "GuidelineSource" AS ENUM ('SIZE_BAND', 'OVERRIDE');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "firstRunDismissedAt" TIMESTAMP(3),
ADD COLUMN     "guidelineOverrideReason" VARCHAR(500),
ADD COLUMN     "relationshipMinContacts" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "renewalWindowDays" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "sentimentDropPoints" DECIMAL(2,1) NOT NULL DEFAULT 1.5,
ADD COLUMN     "settingsVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "setupConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "staleProjectDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "timeZone" VARCHAR(64) NOT NULL DEFAULT 'UTC',
ADD COLUMN     "weekStart" "WeekStart" NOT NULL DEFAULT 'MONDAY';

-- CreateTable
CREATE TABLE "GuidelineChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "fromEmployeeCount" INTEGER NOT NULL,
    "fromMin" INTEGER NOT NULL,
    "fromMax" INTEGER NOT NULL,
    "fromSource" "GuidelineSource" NOT NULL,
    "toEmployeeCount" INTEGER NOT NULL,
    "toMin" INTEGER NOT NULL,
    "toMax" INTEGER NOT NULL,
    "toSource" "GuidelineSource" NOT NULL,
    "reason" VARCHAR(500),

    CONSTRAINT "GuidelineChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GuidelineChange_agencyId_effectiveAt_idx" ON "GuidelineChange"("agencyId", "effectiveAt");

-- AddForeignKey
ALTER TABLE "GuidelineChange" ADD CONSTRAINT "GuidelineChange_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidelineChange" ADD CONSTRAINT "GuidelineChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Row-level security as on every tenant table (docs/adr/0003-row-level-security.md). The history is append-only for
-- the app, like the audit log: a rule change is recorded once and never rewritten.
GRANT SELECT, INSERT ON "GuidelineChange" TO accountable_app;
ALTER TABLE "GuidelineChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "GuidelineChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "GuidelineChange" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());

-- Domain constraints: the database refuses out-of-range settings even if the app has a bug.
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_health_weights_valid" CHECK (
  "healthWeightRecency" >= 0 AND "healthWeightSentiment" >= 0 AND "healthWeightDelivery" >= 0 AND "healthWeightKpi" >= 0
);
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_signal_thresholds_valid" CHECK (
  "renewalWindowDays" > 0 AND "staleProjectDays" > 0 AND "sentimentDropPoints" > 0 AND "relationshipMinContacts" >= 1
);
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_override_has_reason" CHECK (
  "guidelineMinOverride" IS NULL OR "guidelineOverrideReason" IS NOT NULL
);
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_override_max_positive" CHECK (
  "guidelineMaxOverride" IS NULL OR "guidelineMaxOverride" >= 1
);
ALTER TABLE "GuidelineChange" ADD CONSTRAINT "GuidelineChange_ranges_valid" CHECK (
  "fromMin" >= 0 AND "fromMax" >= "fromMin" AND "toMin" >= 0 AND "toMax" >= "toMin"
  AND "fromEmployeeCount" > 0 AND "toEmployeeCount" > 0
);
