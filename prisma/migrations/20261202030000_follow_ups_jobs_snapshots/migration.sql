-- CreateEnum
CREATE TYPE "FollowUpAssignee" AS ENUM ('ACCOUNT_AM', 'PROJECT_PM', 'LEADERS');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'DONE', 'RESOLVED_BY_DATA');

-- CreateTable
CREATE TABLE "FollowUpRule" (
    "agencyId" UUID NOT NULL,
    "signalType" VARCHAR(40) NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "assignee" "FollowUpAssignee" NOT NULL,
    "dueInDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpRule_pkey" PRIMARY KEY ("agencyId","signalType")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "accountId" UUID,
    "assigneeId" UUID,
    "signalType" VARCHAR(40),
    "subjectKind" VARCHAR(20),
    "subjectId" VARCHAR(64),
    "title" VARCHAR(200) NOT NULL,
    "reason" VARCHAR(1000),
    "dueDate" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" VARCHAR(1000),
    "closedAt" TIMESTAMP(3),
    "createdById" UUID,
    "closedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "agencyId" UUID NOT NULL,
    "task" VARCHAR(80) NOT NULL,
    "lastStartedAt" TIMESTAMP(3) NOT NULL,
    "lastFinishedAt" TIMESTAMP(3),
    "lastOk" BOOLEAN,
    "lastError" VARCHAR(500),
    "lastErrorAt" TIMESTAMP(3),
    "runs" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("agencyId","task")
);

-- CreateTable
CREATE TABLE "AccountHealthSnapshot" (
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "healthScore" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountHealthSnapshot_pkey" PRIMARY KEY ("agencyId","accountId","day")
);

-- CreateTable
CREATE TABLE "AmLoadSnapshot" (
    "agencyId" UUID NOT NULL,
    "amId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "load" INTEGER NOT NULL,
    "weightedLoad" DECIMAL(8,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmLoadSnapshot_pkey" PRIMARY KEY ("agencyId","amId","day")
);

-- CreateIndex
CREATE INDEX "FollowUp_agencyId_status_dueDate_idx" ON "FollowUp"("agencyId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_agencyId_assigneeId_status_dueDate_idx" ON "FollowUp"("agencyId", "assigneeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "FollowUp_agencyId_accountId_status_idx" ON "FollowUp"("agencyId", "accountId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_agencyId_id_key" ON "FollowUp"("agencyId", "id");

-- CreateIndex
CREATE INDEX "AccountHealthSnapshot_agencyId_day_idx" ON "AccountHealthSnapshot"("agencyId", "day");

-- AddForeignKey
ALTER TABLE "FollowUpRule" ADD CONSTRAINT "FollowUpRule_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_agencyId_assigneeId_fkey" FOREIGN KEY ("agencyId", "assigneeId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobRun" ADD CONSTRAINT "JobRun_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountHealthSnapshot" ADD CONSTRAINT "AccountHealthSnapshot_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountHealthSnapshot" ADD CONSTRAINT "AccountHealthSnapshot_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmLoadSnapshot" ADD CONSTRAINT "AmLoadSnapshot_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmLoadSnapshot" ADD CONSTRAINT "AmLoadSnapshot_agencyId_amId_fkey" FOREIGN KEY ("agencyId", "amId") REFERENCES "Membership"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one open follow-up per signal occurrence (agency + signal type + subject): the sync and two workers racing
-- can never create a second one; closing it frees the key for the next occurrence.
CREATE UNIQUE INDEX "FollowUp_open_signal_key" ON "FollowUp"("agencyId", "signalType", "subjectId")
  WHERE "status" = 'OPEN' AND "signalType" IS NOT NULL;

ALTER TABLE "FollowUpRule" ADD CONSTRAINT "FollowUpRule_due_in_days_valid" CHECK ("dueInDays" BETWEEN 0 AND 365);
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_closed_consistent" CHECK (
  ("status" = 'OPEN') = ("closedAt" IS NULL)
);
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_signal_has_subject" CHECK (
  ("signalType" IS NULL) = ("subjectId" IS NULL)
);
ALTER TABLE "AccountHealthSnapshot" ADD CONSTRAINT "AccountHealthSnapshot_score_range" CHECK (
  "healthScore" IS NULL OR "healthScore" BETWEEN 0 AND 100
);

-- Row-level security as on every tenant table (docs/adr/0003-row-level-security.md).
GRANT SELECT, INSERT, UPDATE, DELETE ON "FollowUpRule", "FollowUp", "JobRun" TO accountable_app;
GRANT SELECT, INSERT, UPDATE ON "AccountHealthSnapshot", "AmLoadSnapshot" TO accountable_app;
ALTER TABLE "FollowUpRule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUpRule" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "FollowUpRule" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
ALTER TABLE "FollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUp" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "FollowUp" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
ALTER TABLE "JobRun" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "JobRun" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "JobRun" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
ALTER TABLE "AccountHealthSnapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountHealthSnapshot" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AccountHealthSnapshot" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
ALTER TABLE "AmLoadSnapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AmLoadSnapshot" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AmLoadSnapshot" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());

-- Background jobs run per agency: the scheduler needs every agency's id (and nothing else) to fan out. SECURITY
-- DEFINER like the other lookups; ids only, no names.
CREATE FUNCTION app_agency_ids_for_jobs() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT a."id" FROM "Agency" a ORDER BY a."id" $$;
REVOKE ALL ON FUNCTION app_agency_ids_for_jobs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_agency_ids_for_jobs() TO accountable_app;

-- Enqueue a background job in the caller's transaction (docs/adr/0005-job-queue.md). graphile-worker creates its own
-- schema when the worker starts, so this is plpgsql (resolved at call time) and answers false while that schema does
-- not exist (embedded PGlite, tests without a worker): the caller then falls back to the in-process runner. SECURITY
-- DEFINER so the app role needs no grant on graphile-worker's private tables; it may only enqueue known tasks for
-- the agency of its own transaction, under the job key the scheduler uses (`<task>:<agencyId>`), so a
-- burst of writes and the schedule collapse into one pending job.
CREATE FUNCTION app_enqueue_job(p_task text, p_run_at timestamptz) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF app_current_agency() IS NULL THEN RAISE EXCEPTION 'app_enqueue_job needs a tenant transaction'; END IF;
  IF p_task NOT IN ('follow-ups:sync', 'snapshots:daily') THEN RAISE EXCEPTION 'unknown job %', p_task; END IF;
  IF to_regnamespace('graphile_worker') IS NULL THEN RETURN false; END IF;
  EXECUTE 'SELECT graphile_worker.add_job($1, json_build_object(''agencyId'', $2), job_key => $3, run_at => $4)'
    USING p_task, app_current_agency(), p_task || ':' || app_current_agency()::text, p_run_at;
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION app_enqueue_job(text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_enqueue_job(text, timestamptz) TO accountable_app;
