-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LEADER', 'AM', 'PM', 'VIEWER');

-- CreateEnum
CREATE TYPE "ClientTier" AS ENUM ('TIER_1', 'TIER_2', 'TIER_3');

-- CreateEnum
CREATE TYPE "ClientStatus" AS ENUM ('ACTIVE', 'PAUSED', 'CHURNED');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('RETAINER', 'PROJECT');

-- CreateEnum
CREATE TYPE "Complexity" AS ENUM ('LOW', 'STANDARD', 'HIGH');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('ACTIVE', 'AT_RISK', 'PAUSED', 'CHURNED');

-- CreateEnum
CREATE TYPE "CheckInChannel" AS ENUM ('CALL', 'MEETING', 'EMAIL', 'QBR', 'CHAT', 'OTHER');

-- CreateEnum
CREATE TYPE "SentimentReason" AS ENUM ('DELIVERY', 'BUDGET', 'COMMUNICATION', 'RESULTS', 'STAFFING', 'STRATEGY', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'ON_HOLD', 'DONE');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('WEEKLY', 'MONTHLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "GrowthPlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ACHIEVED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "OpportunityStage" AS ENUM ('IDEA', 'QUALIFIED', 'PROPOSED', 'WON', 'LOST');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(120) NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "employeeCount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "guidelineMinOverride" INTEGER,
    "guidelineMaxOverride" INTEGER,
    "cadenceTier1Days" INTEGER NOT NULL DEFAULT 14,
    "cadenceTier2Days" INTEGER NOT NULL DEFAULT 30,
    "cadenceTier3Days" INTEGER NOT NULL DEFAULT 45,
    "healthWeightRecency" INTEGER NOT NULL DEFAULT 30,
    "healthWeightSentiment" INTEGER NOT NULL DEFAULT 25,
    "healthWeightDelivery" INTEGER NOT NULL DEFAULT 25,
    "healthWeightKpi" INTEGER NOT NULL DEFAULT 20,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "roles" "Role"[],
    "isOwner" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "roles" "Role"[],
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "industry" VARCHAR(80),
    "tier" "ClientTier" NOT NULL,
    "status" "ClientStatus" NOT NULL DEFAULT 'ACTIVE',
    "clientSince" DATE,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "title" VARCHAR(120),
    "email" VARCHAR(254),
    "phone" VARCHAR(40),
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "amId" UUID NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "kind" "AccountKind" NOT NULL DEFAULT 'RETAINER',
    "monthlyValue" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "complexity" "Complexity" NOT NULL DEFAULT 'STANDARD',
    "status" "AccountStatus" NOT NULL DEFAULT 'ACTIVE',
    "startDate" DATE NOT NULL,
    "renewalDate" DATE,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "channel" "CheckInChannel" NOT NULL,
    "sentiment" SMALLINT NOT NULL,
    "sentimentReason" "SentimentReason",
    "summary" VARCHAR(4000) NOT NULL,
    "nextSteps" VARCHAR(4000),
    "nextDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInContact" (
    "agencyId" UUID NOT NULL,
    "checkInId" UUID NOT NULL,
    "contactId" UUID NOT NULL,

    CONSTRAINT "CheckInContact_pkey" PRIMARY KEY ("agencyId","checkInId","contactId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "pmId" UUID NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "startDate" DATE,
    "dueDate" DATE,
    "budget" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "spent" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "percentComplete" SMALLINT NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastStatusAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "fromStatus" "ProjectStatus",
    "toStatus" "ProjectStatus" NOT NULL,
    "percentComplete" SMALLINT NOT NULL,
    "spent" DECIMAL(12,2) NOT NULL,
    "note" VARCHAR(2000),
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID,
    "membershipId" UUID,
    "name" VARCHAR(120) NOT NULL,
    "unit" VARCHAR(20) NOT NULL,
    "target" DECIMAL(14,2) NOT NULL,
    "direction" "KpiDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "cadence" "Cadence" NOT NULL DEFAULT 'MONTHLY',
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiMeasurement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "periodStart" DATE NOT NULL,
    "note" VARCHAR(1000),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrowthPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "objective" VARCHAR(500) NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "targetRevenue" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "status" "GrowthPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrowthPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "growthPlanId" UUID NOT NULL,
    "serviceLine" VARCHAR(120) NOT NULL,
    "estimatedMonthlyValue" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "stage" "OpportunityStage" NOT NULL DEFAULT 'IDEA',
    "expectedClose" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrowthAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "growthPlanId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "dueDate" DATE,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrowthAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" UUID NOT NULL,
    "actorId" UUID,
    "action" VARCHAR(80) NOT NULL,
    "entityType" VARCHAR(40) NOT NULL,
    "entityId" VARCHAR(64),
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_agencyId_userId_key" ON "Membership"("agencyId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_agencyId_id_key" ON "Membership"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_agencyId_createdAt_idx" ON "Invitation"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Client_agencyId_tier_status_idx" ON "Client"("agencyId", "tier", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Client_agencyId_id_key" ON "Client"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Client_agencyId_name_key" ON "Client"("agencyId", "name");

-- CreateIndex
CREATE INDEX "Contact_agencyId_clientId_idx" ON "Contact"("agencyId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_agencyId_id_key" ON "Contact"("agencyId", "id");

-- CreateIndex
CREATE INDEX "Account_agencyId_amId_status_idx" ON "Account"("agencyId", "amId", "status");

-- CreateIndex
CREATE INDEX "Account_agencyId_status_idx" ON "Account"("agencyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Account_agencyId_id_key" ON "Account"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Account_agencyId_clientId_name_key" ON "Account"("agencyId", "clientId", "name");

-- CreateIndex
CREATE INDEX "CheckIn_agencyId_accountId_occurredAt_idx" ON "CheckIn"("agencyId", "accountId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "CheckIn_agencyId_occurredAt_idx" ON "CheckIn"("agencyId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_agencyId_id_key" ON "CheckIn"("agencyId", "id");

-- CreateIndex
CREATE INDEX "CheckInContact_agencyId_contactId_idx" ON "CheckInContact"("agencyId", "contactId");

-- CreateIndex
CREATE INDEX "Project_agencyId_accountId_idx" ON "Project"("agencyId", "accountId");

-- CreateIndex
CREATE INDEX "Project_agencyId_pmId_status_idx" ON "Project"("agencyId", "pmId", "status");

-- CreateIndex
CREATE INDEX "Project_agencyId_status_idx" ON "Project"("agencyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Project_agencyId_id_key" ON "Project"("agencyId", "id");

-- CreateIndex
CREATE INDEX "ProjectUpdate_agencyId_projectId_createdAt_idx" ON "ProjectUpdate"("agencyId", "projectId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectUpdate_agencyId_projectId_version_key" ON "ProjectUpdate"("agencyId", "projectId", "version");

-- CreateIndex
CREATE INDEX "Kpi_agencyId_accountId_idx" ON "Kpi"("agencyId", "accountId");

-- CreateIndex
CREATE INDEX "Kpi_agencyId_membershipId_idx" ON "Kpi"("agencyId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_agencyId_id_key" ON "Kpi"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "KpiMeasurement_agencyId_kpiId_periodStart_key" ON "KpiMeasurement"("agencyId", "kpiId", "periodStart");

-- CreateIndex
CREATE INDEX "GrowthPlan_agencyId_accountId_status_idx" ON "GrowthPlan"("agencyId", "accountId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "GrowthPlan_agencyId_id_key" ON "GrowthPlan"("agencyId", "id");

-- CreateIndex
CREATE INDEX "Opportunity_agencyId_growthPlanId_idx" ON "Opportunity"("agencyId", "growthPlanId");

-- CreateIndex
CREATE INDEX "Opportunity_agencyId_stage_idx" ON "Opportunity"("agencyId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_agencyId_id_key" ON "Opportunity"("agencyId", "id");

-- CreateIndex
CREATE INDEX "GrowthAction_agencyId_growthPlanId_idx" ON "GrowthAction"("agencyId", "growthPlanId");

-- CreateIndex
CREATE UNIQUE INDEX "GrowthAction_agencyId_id_key" ON "GrowthAction"("agencyId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_agencyId_createdAt_idx" ON "AuditEvent"("agencyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_agencyId_entityType_entityId_idx" ON "AuditEvent"("agencyId", "entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_agencyId_invitedById_fkey" FOREIGN KEY ("agencyId", "invitedById") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_agencyId_clientId_fkey" FOREIGN KEY ("agencyId", "clientId") REFERENCES "Client"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_agencyId_clientId_fkey" FOREIGN KEY ("agencyId", "clientId") REFERENCES "Client"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_agencyId_amId_fkey" FOREIGN KEY ("agencyId", "amId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_agencyId_authorId_fkey" FOREIGN KEY ("agencyId", "authorId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInContact" ADD CONSTRAINT "CheckInContact_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInContact" ADD CONSTRAINT "CheckInContact_agencyId_checkInId_fkey" FOREIGN KEY ("agencyId", "checkInId") REFERENCES "CheckIn"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInContact" ADD CONSTRAINT "CheckInContact_agencyId_contactId_fkey" FOREIGN KEY ("agencyId", "contactId") REFERENCES "Contact"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_agencyId_pmId_fkey" FOREIGN KEY ("agencyId", "pmId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_agencyId_projectId_fkey" FOREIGN KEY ("agencyId", "projectId") REFERENCES "Project"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_agencyId_authorId_fkey" FOREIGN KEY ("agencyId", "authorId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_agencyId_membershipId_fkey" FOREIGN KEY ("agencyId", "membershipId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_agencyId_kpiId_fkey" FOREIGN KEY ("agencyId", "kpiId") REFERENCES "Kpi"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthPlan" ADD CONSTRAINT "GrowthPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthPlan" ADD CONSTRAINT "GrowthPlan_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_agencyId_growthPlanId_fkey" FOREIGN KEY ("agencyId", "growthPlanId") REFERENCES "GrowthPlan"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthAction" ADD CONSTRAINT "GrowthAction_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthAction" ADD CONSTRAINT "GrowthAction_agencyId_growthPlanId_fkey" FOREIGN KEY ("agencyId", "growthPlanId") REFERENCES "GrowthPlan"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthAction" ADD CONSTRAINT "GrowthAction_agencyId_ownerId_fkey" FOREIGN KEY ("agencyId", "ownerId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Domain constraints Prisma cannot express: the database refuses out-of-range values even if the app has a bug.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_employeeCount_positive" CHECK ("employeeCount" > 0);
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_guideline_override_valid" CHECK (
  ("guidelineMinOverride" IS NULL AND "guidelineMaxOverride" IS NULL)
  OR ("guidelineMinOverride" >= 0 AND "guidelineMaxOverride" >= "guidelineMinOverride")
);
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_cadence_positive" CHECK (
  "cadenceTier1Days" > 0 AND "cadenceTier2Days" > 0 AND "cadenceTier3Days" > 0
);
ALTER TABLE "Account" ADD CONSTRAINT "Account_monthlyValue_nonnegative" CHECK ("monthlyValue" >= 0);
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_sentiment_range" CHECK ("sentiment" BETWEEN 1 AND 5);
ALTER TABLE "Project" ADD CONSTRAINT "Project_money_nonnegative" CHECK ("budget" >= 0 AND "spent" >= 0);
ALTER TABLE "Project" ADD CONSTRAINT "Project_percent_range" CHECK ("percentComplete" BETWEEN 0 AND 100);
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_percent_range" CHECK ("percentComplete" BETWEEN 0 AND 100);
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_exactly_one_subject" CHECK (num_nonnulls("accountId", "membershipId") = 1);
ALTER TABLE "GrowthPlan" ADD CONSTRAINT "GrowthPlan_period_valid" CHECK ("periodEnd" >= "periodStart");
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_value_nonnegative" CHECK ("estimatedMonthlyValue" >= 0);
