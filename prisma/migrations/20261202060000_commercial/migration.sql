-- CreateEnum
CREATE TYPE "ScopeDecision" AS ENUM ('DECLINED', 'ABSORBED', 'CHANGE_ORDER');

-- CreateEnum
CREATE TYPE "HoursSource" AS ENUM ('MANUAL', 'IMPORT');

-- CreateEnum
CREATE TYPE "ValueChangeKind" AS ENUM ('CREATED', 'CHANGED', 'MOVED', 'LOST', 'RESTORED');

-- CreateTable
CREATE TABLE "RetainerScope" (
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "monthlyHours" DECIMAL(7,2) NOT NULL,
    "monthlyFee" DECIMAL(12,2) NOT NULL,
    "blendedRate" DECIMAL(10,2),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetainerScope_pkey" PRIMARY KEY ("agencyId","accountId")
);

-- CreateTable
CREATE TABLE "TimesheetEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "workDate" DATE NOT NULL,
    "person" VARCHAR(120) NOT NULL,
    "project" VARCHAR(160) NOT NULL DEFAULT '',
    "hours" DECIMAL(6,2) NOT NULL,
    "source" "HoursSource" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimesheetEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScopeRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "askedOn" DATE NOT NULL,
    "contactId" UUID,
    "summary" VARCHAR(500) NOT NULL,
    "estimateHours" DECIMAL(6,2) NOT NULL,
    "decision" "ScopeDecision" NOT NULL,
    "loggedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScopeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountValueChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "amId" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "ValueChangeKind" NOT NULL,
    "fromValue" DECIMAL(12,2) NOT NULL,
    "toValue" DECIMAL(12,2) NOT NULL,
    "viaImport" BOOLEAN NOT NULL DEFAULT false,
    "actorId" UUID,
    "opportunityId" UUID,

    CONSTRAINT "AccountValueChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactDeparture" (
    "agencyId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "leftOn" DATE NOT NULL,
    "newCompany" VARCHAR(160),
    "newRole" VARCHAR(120),
    "wasPrimary" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactDeparture_pkey" PRIMARY KEY ("agencyId","contactId")
);

-- CreateTable
CREATE TABLE "NewBusinessLead" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "companyName" VARCHAR(160) NOT NULL,
    "contactName" VARCHAR(120) NOT NULL,
    "contactRole" VARCHAR(120),
    "sourceContactId" UUID,
    "stage" "OpportunityStage" NOT NULL DEFAULT 'IDEA',
    "estimatedMonthlyValue" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewBusinessLead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimesheetEntry_agencyId_workDate_accountId_idx" ON "TimesheetEntry"("agencyId", "workDate", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "TimesheetEntry_agencyId_id_key" ON "TimesheetEntry"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TimesheetEntry_agencyId_accountId_workDate_person_project_key" ON "TimesheetEntry"("agencyId", "accountId", "workDate", "person", "project");

-- CreateIndex
CREATE INDEX "ScopeRequest_agencyId_accountId_askedOn_idx" ON "ScopeRequest"("agencyId", "accountId", "askedOn");

-- CreateIndex
CREATE INDEX "ScopeRequest_agencyId_askedOn_idx" ON "ScopeRequest"("agencyId", "askedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ScopeRequest_agencyId_id_key" ON "ScopeRequest"("agencyId", "id");

-- CreateIndex
CREATE INDEX "AccountValueChange_agencyId_accountId_changedAt_idx" ON "AccountValueChange"("agencyId", "accountId", "changedAt");

-- CreateIndex
CREATE INDEX "AccountValueChange_agencyId_changedAt_idx" ON "AccountValueChange"("agencyId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountValueChange_agencyId_id_key" ON "AccountValueChange"("agencyId", "id");

-- CreateIndex
CREATE INDEX "ContactDeparture_agencyId_clientId_leftOn_idx" ON "ContactDeparture"("agencyId", "clientId", "leftOn");

-- CreateIndex
CREATE INDEX "NewBusinessLead_agencyId_ownerId_idx" ON "NewBusinessLead"("agencyId", "ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "NewBusinessLead_agencyId_id_key" ON "NewBusinessLead"("agencyId", "id");

-- AddForeignKey
ALTER TABLE "RetainerScope" ADD CONSTRAINT "RetainerScope_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetainerScope" ADD CONSTRAINT "RetainerScope_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetEntry" ADD CONSTRAINT "TimesheetEntry_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetEntry" ADD CONSTRAINT "TimesheetEntry_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeRequest" ADD CONSTRAINT "ScopeRequest_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeRequest" ADD CONSTRAINT "ScopeRequest_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeRequest" ADD CONSTRAINT "ScopeRequest_agencyId_contactId_fkey" FOREIGN KEY ("agencyId", "contactId") REFERENCES "Contact"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeRequest" ADD CONSTRAINT "ScopeRequest_agencyId_loggedById_fkey" FOREIGN KEY ("agencyId", "loggedById") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountValueChange" ADD CONSTRAINT "AccountValueChange_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountValueChange" ADD CONSTRAINT "AccountValueChange_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountValueChange" ADD CONSTRAINT "AccountValueChange_agencyId_opportunityId_fkey" FOREIGN KEY ("agencyId", "opportunityId") REFERENCES "Opportunity"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDeparture" ADD CONSTRAINT "ContactDeparture_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDeparture" ADD CONSTRAINT "ContactDeparture_agencyId_contactId_fkey" FOREIGN KEY ("agencyId", "contactId") REFERENCES "Contact"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewBusinessLead" ADD CONSTRAINT "NewBusinessLead_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewBusinessLead" ADD CONSTRAINT "NewBusinessLead_agencyId_ownerId_fkey" FOREIGN KEY ("agencyId", "ownerId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security as on every tenant table (docs/adr/0003-row-level-security.md).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['RetainerScope', 'TimesheetEntry', 'ScopeRequest', 'AccountValueChange',
    'ContactDeparture', 'NewBusinessLead']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("agencyId" = app_current_agency()) '
      'WITH CHECK ("agencyId" = app_current_agency())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON "RetainerScope", "TimesheetEntry", "ScopeRequest", "ContactDeparture",
  "NewBusinessLead" TO accountable_app;
-- Value history is written by the trigger below; the app only reads it and links opportunities.
GRANT SELECT ON "AccountValueChange" TO accountable_app;
GRANT UPDATE ("opportunityId") ON "AccountValueChange" TO accountable_app;

-- Domain constraints: the database refuses impossible figures even if the app has a bug.
ALTER TABLE "RetainerScope" ADD CONSTRAINT "RetainerScope_figures_valid" CHECK (
  "monthlyHours" > 0 AND "monthlyFee" >= 0 AND ("blendedRate" IS NULL OR "blendedRate" > 0));
ALTER TABLE "TimesheetEntry" ADD CONSTRAINT "TimesheetEntry_hours_valid" CHECK ("hours" >= 0 AND "hours" <= 744);
ALTER TABLE "ScopeRequest" ADD CONSTRAINT "ScopeRequest_estimate_valid" CHECK ("estimateHours" >= 0);

-- Account value history: one row whenever an account's effective monthly value (0 when archived or churned) or its
-- owner changes, whoever wrote it (the accounts form, the CSV import, the seed, a rebalancing move). A trigger, not
-- app code, so no write path can forget it. The import marks its transaction with app.value_source = 'import'.
-- SECURITY DEFINER: the app role has no INSERT grant on the history; FORCEd RLS still binds it to the agency.
CREATE FUNCTION app_record_account_value() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  new_value numeric := CASE WHEN NEW."archivedAt" IS NOT NULL OR NEW."status" = 'CHURNED' THEN 0 ELSE NEW."monthlyValue" END;
  old_value numeric;
  change_kind "ValueChangeKind";
BEGIN
  IF TG_OP = 'INSERT' THEN
    old_value := 0;
    change_kind := 'CREATED';
  ELSE
    old_value := CASE WHEN OLD."archivedAt" IS NOT NULL OR OLD."status" = 'CHURNED' THEN 0 ELSE OLD."monthlyValue" END;
    IF new_value = old_value AND NEW."amId" = OLD."amId" THEN RETURN NULL; END IF;
    change_kind := CASE
      WHEN new_value = 0 AND old_value > 0 AND (NEW."archivedAt" IS NOT NULL OR NEW."status" = 'CHURNED') THEN 'LOST'
      WHEN old_value = 0 AND (OLD."archivedAt" IS NOT NULL OR OLD."status" = 'CHURNED') AND new_value > 0 THEN 'RESTORED'
      WHEN new_value = old_value THEN 'MOVED'
      ELSE 'CHANGED' END::"ValueChangeKind";
  END IF;
  INSERT INTO "AccountValueChange" ("agencyId", "accountId", "amId", "kind", "fromValue", "toValue", "viaImport",
                                    "actorId")
  VALUES (NEW."agencyId", NEW."id", NEW."amId", change_kind, old_value, new_value,
          coalesce(current_setting('app.value_source', true), '') = 'import',
          nullif(current_setting('app.user_id', true), '')::uuid);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION app_record_account_value() FROM PUBLIC;
CREATE TRIGGER account_value_history_insert AFTER INSERT ON "Account"
  FOR EACH ROW EXECUTE FUNCTION app_record_account_value();
CREATE TRIGGER account_value_history_update AFTER UPDATE OF "monthlyValue", "amId", "status", "archivedAt" ON "Account"
  FOR EACH ROW EXECUTE FUNCTION app_record_account_value();

-- Accounts that existed before this migration start their history at their creation, with today's value.
INSERT INTO "AccountValueChange" ("agencyId", "accountId", "amId", "changedAt", "kind", "fromValue", "toValue")
SELECT a."agencyId", a."id", a."amId", a."createdAt", 'CREATED', 0,
       CASE WHEN a."archivedAt" IS NOT NULL OR a."status" = 'CHURNED' THEN 0 ELSE a."monthlyValue" END
FROM "Account" a;
