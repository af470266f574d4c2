-- CreateEnum
CREATE TYPE "Competency" AS ENUM ('RELATIONSHIP', 'COMMERCIAL', 'STRATEGIC', 'DELIVERY', 'LEADERSHIP');

-- CreateEnum
CREATE TYPE "AssessmentSource" AS ENUM ('SELF', 'MANAGER');

-- CreateEnum
CREATE TYPE "DevelopmentItemKind" AS ENUM ('GOAL', 'TRAINING');

-- CreateEnum
CREATE TYPE "DevelopmentItemStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateTable
CREATE TABLE "CareerLevel" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "rank" SMALLINT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "summary" VARCHAR(500) NOT NULL DEFAULT '',
    "kpiNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CareerLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelExpectation" (
    "agencyId" UUID NOT NULL,
    "levelId" UUID NOT NULL,
    "competency" "Competency" NOT NULL,
    "minScore" SMALLINT NOT NULL,
    "description" VARCHAR(500) NOT NULL DEFAULT '',

    CONSTRAINT "LevelExpectation_pkey" PRIMARY KEY ("agencyId","levelId","competency")
);

-- CreateTable
CREATE TABLE "PersonProfile" (
    "agencyId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "levelId" UUID,
    "managerId" UUID,
    "managerSince" TIMESTAMP(3),
    "oneOnOneCadenceDays" SMALLINT NOT NULL DEFAULT 14,
    "startedAt" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonProfile_pkey" PRIMARY KEY ("agencyId","membershipId")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "source" "AssessmentSource" NOT NULL,
    "competency" "Competency" NOT NULL,
    "score" SMALLINT NOT NULL,
    "evidence" VARCHAR(2000) NOT NULL DEFAULT '',
    "assessedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "kind" "DevelopmentItemKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "competency" "Competency",
    "dueDate" DATE,
    "status" "DevelopmentItemStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneOnOne" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "amId" UUID NOT NULL,
    "managerId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "topics" VARCHAR(2000) NOT NULL,
    "coachingNotes" VARCHAR(4000) NOT NULL DEFAULT '',
    "questions" VARCHAR(2000) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneOnOne_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneOnOneAction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "oneOnOneId" UUID NOT NULL,
    "amId" UUID NOT NULL,
    "managerId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneOnOneAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CareerLevel_agencyId_rank_idx" ON "CareerLevel"("agencyId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "CareerLevel_agencyId_id_key" ON "CareerLevel"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CareerLevel_agencyId_name_key" ON "CareerLevel"("agencyId", "name");

-- CreateIndex
CREATE INDEX "PersonProfile_agencyId_managerId_idx" ON "PersonProfile"("agencyId", "managerId");

-- CreateIndex
CREATE INDEX "Assessment_agencyId_membershipId_assessedOn_idx" ON "Assessment"("agencyId", "membershipId", "assessedOn" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_agencyId_id_key" ON "Assessment"("agencyId", "id");

-- CreateIndex
CREATE INDEX "DevelopmentItem_agencyId_membershipId_status_idx" ON "DevelopmentItem"("agencyId", "membershipId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentItem_agencyId_id_key" ON "DevelopmentItem"("agencyId", "id");

-- CreateIndex
CREATE INDEX "OneOnOne_agencyId_amId_heldOn_idx" ON "OneOnOne"("agencyId", "amId", "heldOn" DESC);

-- CreateIndex
CREATE INDEX "OneOnOne_agencyId_managerId_idx" ON "OneOnOne"("agencyId", "managerId");

-- CreateIndex
CREATE UNIQUE INDEX "OneOnOne_agencyId_id_key" ON "OneOnOne"("agencyId", "id");

-- CreateIndex
CREATE INDEX "OneOnOneAction_agencyId_oneOnOneId_idx" ON "OneOnOneAction"("agencyId", "oneOnOneId");

-- CreateIndex
CREATE INDEX "OneOnOneAction_agencyId_amId_doneAt_idx" ON "OneOnOneAction"("agencyId", "amId", "doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "OneOnOneAction_agencyId_id_key" ON "OneOnOneAction"("agencyId", "id");

-- AddForeignKey
ALTER TABLE "CareerLevel" ADD CONSTRAINT "CareerLevel_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelExpectation" ADD CONSTRAINT "LevelExpectation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelExpectation" ADD CONSTRAINT "LevelExpectation_agencyId_levelId_fkey" FOREIGN KEY ("agencyId", "levelId") REFERENCES "CareerLevel"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonProfile" ADD CONSTRAINT "PersonProfile_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonProfile" ADD CONSTRAINT "PersonProfile_agencyId_membershipId_fkey" FOREIGN KEY ("agencyId", "membershipId") REFERENCES "Membership"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonProfile" ADD CONSTRAINT "PersonProfile_agencyId_levelId_fkey" FOREIGN KEY ("agencyId", "levelId") REFERENCES "CareerLevel"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonProfile" ADD CONSTRAINT "PersonProfile_agencyId_managerId_fkey" FOREIGN KEY ("agencyId", "managerId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_agencyId_membershipId_fkey" FOREIGN KEY ("agencyId", "membershipId") REFERENCES "Membership"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_agencyId_authorId_fkey" FOREIGN KEY ("agencyId", "authorId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentItem" ADD CONSTRAINT "DevelopmentItem_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentItem" ADD CONSTRAINT "DevelopmentItem_agencyId_membershipId_fkey" FOREIGN KEY ("agencyId", "membershipId") REFERENCES "Membership"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneOnOne" ADD CONSTRAINT "OneOnOne_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneOnOne" ADD CONSTRAINT "OneOnOne_agencyId_amId_fkey" FOREIGN KEY ("agencyId", "amId") REFERENCES "Membership"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneOnOne" ADD CONSTRAINT "OneOnOne_agencyId_managerId_fkey" FOREIGN KEY ("agencyId", "managerId") REFERENCES "Membership"("agencyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneOnOneAction" ADD CONSTRAINT "OneOnOneAction_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneOnOneAction" ADD CONSTRAINT "OneOnOneAction_agencyId_oneOnOneId_fkey" FOREIGN KEY ("agencyId", "oneOnOneId") REFERENCES "OneOnOne"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneOnOneAction" ADD CONSTRAINT "OneOnOneAction_agencyId_amId_fkey" FOREIGN KEY ("agencyId", "amId") REFERENCES "Membership"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------- hand-written: domain rules, privacy, defaults

ALTER TABLE "CareerLevel" ADD CONSTRAINT "CareerLevel_rank_positive" CHECK ("rank" >= 1);
ALTER TABLE "LevelExpectation" ADD CONSTRAINT "LevelExpectation_score_range" CHECK ("minScore" BETWEEN 1 AND 5);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_score_range" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "PersonProfile" ADD CONSTRAINT "PersonProfile_cadence_range" CHECK ("oneOnOneCadenceDays" BETWEEN 1 AND 365);
ALTER TABLE "PersonProfile" ADD CONSTRAINT "PersonProfile_not_own_manager" CHECK ("managerId" IS NULL OR "managerId" <> "membershipId");
ALTER TABLE "OneOnOne" ADD CONSTRAINT "OneOnOne_not_with_self" CHECK ("amId" <> "managerId");

-- Row-level security as on every tenant table (docs/adr/0003-row-level-security.md).
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "CareerLevel", "LevelExpectation", "PersonProfile", "Assessment", "DevelopmentItem", "OneOnOne", "OneOnOneAction"
TO accountable_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['CareerLevel', 'LevelExpectation', 'PersonProfile', 'Assessment', 'DevelopmentItem',
    'OneOnOne', 'OneOnOneAction']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['CareerLevel', 'LevelExpectation', 'PersonProfile', 'Assessment', 'DevelopmentItem']
  LOOP
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("agencyId" = app_current_agency()) '
      'WITH CHECK ("agencyId" = app_current_agency())', t);
  END LOOP;
END
$$;

-- 1:1s are private to the pair and the agency's leaders. The policy needs to know who the signed-in person is in this
-- agency (app.user_id → their active membership), whether they lead it, and whom they manage now: three narrow
-- SECURITY DEFINER lookups, so the answer does not depend on what the caller's own policies let it read.
CREATE FUNCTION app_current_membership() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT m."id" FROM "Membership" m
   WHERE m."agencyId" = app_current_agency() AND m."userId" = app_current_user() AND m."active" $$;

CREATE FUNCTION app_current_is_leader() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM "Membership" m
   WHERE m."agencyId" = app_current_agency() AND m."userId" = app_current_user() AND m."active"
     AND 'LEADER'::"Role" = ANY (m."roles")) $$;

CREATE FUNCTION app_current_reports() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT p."membershipId" FROM "PersonProfile" p
   WHERE p."agencyId" = app_current_agency() AND p."managerId" = app_current_membership() $$;

REVOKE ALL ON FUNCTION app_current_membership(), app_current_is_leader(), app_current_reports() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_current_membership(), app_current_is_leader(), app_current_reports() TO accountable_app;

-- "(SELECT f())" is evaluated once per query (an InitPlan), not once per row.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['OneOnOne', 'OneOnOneAction']
  LOOP
    EXECUTE format(
      'CREATE POLICY private_to_pair ON %I USING ("agencyId" = app_current_agency() AND ('
      '"amId" = (SELECT app_current_membership()) OR "managerId" = (SELECT app_current_membership()) '
      'OR (SELECT app_current_is_leader()) OR "amId" IN (SELECT app_current_reports()))) '
      'WITH CHECK ("agencyId" = app_current_agency() AND ('
      '"amId" = (SELECT app_current_membership()) OR "managerId" = (SELECT app_current_membership()) '
      'OR (SELECT app_current_is_leader()) OR "amId" IN (SELECT app_current_reports())))', t);
  END LOOP;
END
$$;

-- The default career ladder (issue 15): five levels, each with a minimum score per competency. Every new agency gets it
-- from a trigger (sign-up, seed and tests alike); existing agencies get it below. Leaders edit it afterwards.
CREATE FUNCTION app_default_career_ladder(p_agency uuid) RETURNS void
LANGUAGE plpgsql AS
$$
DECLARE
  lvl record;
  level_id uuid;
BEGIN
  FOR lvl IN SELECT * FROM (VALUES
    (1, 'Account Executive', 'Runs day-to-day contact on accounts with support; learns the agency''s services.',
      ARRAY[2, 1, 1, 2, 1]),
    (2, 'Account Manager', 'Owns a book of accounts: relationships, delivery follow-through and renewals.',
      ARRAY[3, 2, 2, 3, 1]),
    (3, 'Senior Account Manager', 'Grows accounts commercially and brings strategic advice; coaches juniors.',
      ARRAY[4, 3, 3, 4, 2]),
    (4, 'Account Director', 'Owns the most complex relationships and a team''s results; shapes account strategy.',
      ARRAY[4, 4, 4, 4, 3]),
    (5, 'Client Services Director', 'Leads client services: people, process and the portfolio''s commercial goals.',
      ARRAY[5, 5, 5, 4, 4])
  ) AS v(rank, name, summary, scores)
  LOOP
    INSERT INTO "CareerLevel" ("agencyId", "rank", "name", "summary", "kpiNames", "updatedAt")
    VALUES (p_agency, lvl.rank, lvl.name, lvl.summary,
      CASE WHEN lvl.rank >= 2 THEN ARRAY['Retention', 'Upsell revenue'] ELSE ARRAY['Retention'] END, now())
    RETURNING "id" INTO level_id;
    INSERT INTO "LevelExpectation" ("agencyId", "levelId", "competency", "minScore", "description")
    SELECT p_agency, level_id, c.competency::"Competency", lvl.scores[c.ord], c.description
    FROM (VALUES
      (1, 'RELATIONSHIP', 'Trusted by the client''s day-to-day and senior contacts.'),
      (2, 'COMMERCIAL', 'Spots and closes growth: upsells, renewals, scope changes.'),
      (3, 'STRATEGIC', 'Connects the work to the client''s business goals.'),
      (4, 'DELIVERY', 'Keeps delivery on time, on budget and clearly communicated.'),
      (5, 'LEADERSHIP', 'Coaches others and improves how the team works.')
    ) AS c(ord, competency, description);
  END LOOP;
END
$$;

CREATE FUNCTION app_agency_default_ladder() RETURNS trigger
LANGUAGE plpgsql AS
$$ BEGIN PERFORM app_default_career_ladder(NEW."id"); RETURN NULL; END $$;

CREATE TRIGGER agency_default_ladder AFTER INSERT ON "Agency"
  FOR EACH ROW EXECUTE FUNCTION app_agency_default_ladder();

GRANT EXECUTE ON FUNCTION app_default_career_ladder(uuid), app_agency_default_ladder() TO accountable_app;

-- Existing agencies: the default ladder, and every active AM at "Account Manager" (a leader adjusts it).
SELECT app_default_career_ladder(a."id") FROM "Agency" a;
INSERT INTO "PersonProfile" ("agencyId", "membershipId", "levelId", "startedAt", "updatedAt")
SELECT m."agencyId", m."id", l."id", m."createdAt"::date, now()
FROM "Membership" m
JOIN "CareerLevel" l ON l."agencyId" = m."agencyId" AND l."rank" = 2
WHERE 'AM'::"Role" = ANY (m."roles");
