-- A level's KPIs link to the agency's KPI definitions (issue 15, scope 1) instead of being free-typed names. A KPI is
-- defined per member or per account (Kpi), so a level links to a definition by the name those rows share; the link
-- table is validated on write (lib/domain/people/level-kpis.ts) and survives a rename of the level.

CREATE TABLE "CareerLevelKpi" (
    "agencyId" UUID NOT NULL,
    "levelId" UUID NOT NULL,
    "kpiName" VARCHAR(120) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CareerLevelKpi_pkey" PRIMARY KEY ("agencyId","levelId","kpiName")
);

ALTER TABLE "CareerLevelKpi" ADD CONSTRAINT "CareerLevelKpi_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CareerLevelKpi" ADD CONSTRAINT "CareerLevelKpi_agencyId_levelId_fkey" FOREIGN KEY ("agencyId", "levelId") REFERENCES "CareerLevel"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security as on every tenant table (docs/adr/0003-row-level-security.md).
GRANT SELECT, INSERT, UPDATE, DELETE ON "CareerLevelKpi" TO accountable_app;
ALTER TABLE "CareerLevelKpi" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CareerLevelKpi" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CareerLevelKpi" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());

-- The typed names become links where the agency defines a live KPI of that name (its spelling wins); a name nothing
-- defines linked to nothing before either, and is dropped.
INSERT INTO "CareerLevelKpi" ("agencyId", "levelId", "kpiName")
SELECT DISTINCT l."agencyId", l."id", d."name"
FROM "CareerLevel" l
CROSS JOIN LATERAL unnest(l."kpiNames") AS n(name)
JOIN LATERAL (
  SELECT min(k."name") AS "name" FROM "Kpi" k
  WHERE k."agencyId" = l."agencyId" AND k."archivedAt" IS NULL AND lower(k."name") = lower(btrim(n.name))
) d ON d."name" IS NOT NULL;

ALTER TABLE "CareerLevel" DROP COLUMN "kpiNames";

-- The default ladder no longer names KPIs: a new agency has no KPI definitions yet, and leaders link them once defined.
CREATE OR REPLACE FUNCTION app_default_career_ladder(p_agency uuid) RETURNS void
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
    INSERT INTO "CareerLevel" ("agencyId", "rank", "name", "summary", "updatedAt")
    VALUES (p_agency, lvl.rank, lvl.name, lvl.summary, now())
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
