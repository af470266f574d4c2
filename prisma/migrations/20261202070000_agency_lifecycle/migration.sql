-- CreateTable
CREATE TABLE "AgencyDeletion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "agencyName" VARCHAR(120) NOT NULL,
    "agencySlug" VARCHAR(60) NOT NULL,
    "actorId" UUID NOT NULL,
    "actorEmail" VARCHAR(254) NOT NULL,
    "rowCounts" JSONB NOT NULL DEFAULT '{}',
    "sessionsEnded" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyDeletion_deletedAt_idx" ON "AgencyDeletion"("deletedAt");

-- Hand-written below (issue 19, item 5: the owner's own data). -------------------------------------------------------

-- The deletion trail lives outside every tenant: no agency policy can hide it from an auditor, and the app role has
-- no privilege on it at all (reads are for operators with the migration role, the owner, which RLS does not bind
-- without FORCE; with no policy every other role sees nothing). Only app_delete_agency writes it.
ALTER TABLE "AgencyDeletion" ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON "AgencyDeletion" FROM PUBLIC;
REVOKE ALL ON "AgencyDeletion" FROM accountable_app;

-- Deleting an agency: every tenant row in one transaction (the caller's), children before parents because most
-- composite foreign keys are ON DELETE RESTRICT; the final DELETE of the Agency row cascades to any tenant table not
-- listed here (a later slice's), so none is left behind. SECURITY DEFINER because the app role may not delete audit
-- rows, guideline history or the derived rollups, and may not write the trail; the function itself checks that the
-- caller is the agency's active owner inside the current agency, so it cannot be pointed at another tenant.
-- Sessions end for members who have no other active membership (their sessions would lead nowhere); members of other
-- agencies keep theirs and simply lose this agency.
CREATE FUNCTION app_delete_agency(p_agency uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  v_agency "Agency"%ROWTYPE;
  v_actor uuid := app_current_user();
  v_email text;
  v_trail uuid;
  v_counts jsonb := '{}'::jsonb;
  v_sessions integer;
  v_rows integer;
  t text;
BEGIN
  IF p_agency IS NULL OR p_agency IS DISTINCT FROM app_current_agency() OR v_actor IS NULL THEN
    RAISE EXCEPTION 'app_delete_agency: not the current agency' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."agencyId" = p_agency AND m."userId" = v_actor
                   AND m."isOwner" AND m."active") THEN
    RAISE EXCEPTION 'app_delete_agency: only the owner may delete the agency' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO v_agency FROM "Agency" a WHERE a."id" = p_agency FOR UPDATE;
  SELECT u."email" INTO v_email FROM "User" u WHERE u."id" = v_actor;

  -- The trail first: written before any row goes, in the same transaction.
  INSERT INTO "AgencyDeletion" ("agencyId", "agencyName", "agencySlug", "actorId", "actorEmail")
  VALUES (v_agency."id", v_agency."name", v_agency."slug", v_actor, v_email)
  RETURNING "id" INTO v_trail;

  UPDATE "User" u SET "sessionVersion" = u."sessionVersion" + 1, "updatedAt" = now()
  WHERE u."id" IN (SELECT m."userId" FROM "Membership" m WHERE m."agencyId" = p_agency)
    AND NOT EXISTS (SELECT 1 FROM "Membership" o WHERE o."userId" = u."id" AND o."agencyId" <> p_agency AND o."active");
  GET DIAGNOSTICS v_sessions = ROW_COUNT;

  FOREACH t IN ARRAY ARRAY['GrowthAction', 'Opportunity', 'GrowthPlan', 'KpiMeasurement', 'KpiLatestMeasurement',
    'Kpi', 'ProjectUpdate', 'Project', 'CheckInContact', 'CheckIn', 'AccountContactSeen', 'AccountRollup', 'Contact',
    'Account', 'Client', 'Invitation', 'GuidelineChange', 'AuditEvent', 'Membership']
  LOOP
    EXECUTE format('DELETE FROM %I WHERE "agencyId" = $1', t) USING p_agency;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    v_counts := v_counts || jsonb_build_object(t, v_rows);
  END LOOP;
  DELETE FROM "Agency" a WHERE a."id" = p_agency;

  UPDATE "AgencyDeletion" d SET "rowCounts" = v_counts, "sessionsEnded" = v_sessions WHERE d."id" = v_trail;
  RETURN jsonb_build_object('trailId', v_trail, 'rowCounts', v_counts, 'sessionsEnded', v_sessions);
END
$$;

REVOKE ALL ON FUNCTION app_delete_agency(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_delete_agency(uuid) TO accountable_app;
