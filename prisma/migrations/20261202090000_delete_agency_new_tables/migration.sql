-- The tables added beside agency deletion (people, follow-ups and jobs, commercial health, notifications) reference
-- Account, Contact and Membership through composite foreign keys that RESTRICT deletes, so app_delete_agency must
-- delete them first; the function is otherwise unchanged (see 20261202070000_agency_lifecycle).
CREATE OR REPLACE FUNCTION app_delete_agency(p_agency uuid) RETURNS jsonb
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

  FOREACH t IN ARRAY ARRAY['OneOnOneAction', 'OneOnOne', 'DevelopmentItem', 'Assessment', 'PersonProfile',
    'LevelExpectation', 'CareerLevel', 'FollowUp', 'FollowUpRule', 'JobRun', 'AccountHealthSnapshot', 'AmLoadSnapshot',
    'TimesheetEntry', 'ScopeRequest', 'AccountValueChange', 'ContactDeparture', 'NewBusinessLead', 'RetainerScope',
    'Delivery', 'Digest', 'DigestSetting', 'NotificationPreference', 'Notification', 'AgencyWebhook', 'GrowthAction', 'Opportunity', 'GrowthPlan', 'KpiMeasurement', 'KpiLatestMeasurement',
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
