-- DropIndex
DROP INDEX "CheckIn_agencyId_occurredAt_idx";

-- CreateTable
CREATE TABLE "AccountRollup" (
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "lastCheckInAt" TIMESTAMP(3) NOT NULL,
    "nextDueAt" TIMESTAMP(3),
    "recentSentiments" SMALLINT[],

    CONSTRAINT "AccountRollup_pkey" PRIMARY KEY ("agencyId","accountId")
);

-- CreateTable
CREATE TABLE "AccountContactSeen" (
    "agencyId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountContactSeen_pkey" PRIMARY KEY ("agencyId","accountId","contactId")
);

-- CreateTable
CREATE TABLE "KpiLatestMeasurement" (
    "agencyId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "periodStart" DATE NOT NULL,

    CONSTRAINT "KpiLatestMeasurement_pkey" PRIMARY KEY ("agencyId","kpiId")
);

-- CreateIndex
CREATE INDEX "CheckIn_agencyId_occurredAt_accountId_idx" ON "CheckIn"("agencyId", "occurredAt", "accountId");

-- AddForeignKey
ALTER TABLE "AccountRollup" ADD CONSTRAINT "AccountRollup_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountRollup" ADD CONSTRAINT "AccountRollup_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountContactSeen" ADD CONSTRAINT "AccountContactSeen_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountContactSeen" ADD CONSTRAINT "AccountContactSeen_agencyId_accountId_fkey" FOREIGN KEY ("agencyId", "accountId") REFERENCES "Account"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountContactSeen" ADD CONSTRAINT "AccountContactSeen_agencyId_contactId_fkey" FOREIGN KEY ("agencyId", "contactId") REFERENCES "Contact"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLatestMeasurement" ADD CONSTRAINT "KpiLatestMeasurement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLatestMeasurement" ADD CONSTRAINT "KpiLatestMeasurement_agencyId_kpiId_fkey" FOREIGN KEY ("agencyId", "kpiId") REFERENCES "Kpi"("agencyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Hand-written: the rollups are kept by triggers, in the same transaction as the write that changes their inputs, so
-- every write path (server actions, the CSV import, the seed, the scale loader, a hand-run UPDATE) keeps them right
-- without knowing about them. Why triggers and not app-side updates: docs/PERFORMANCE.md "Rollups".

-- Tenant isolation, as for every tenant table. The app role may only read: the triggers below write.
ALTER TABLE "AccountRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AccountRollup" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
ALTER TABLE "AccountContactSeen" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountContactSeen" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AccountContactSeen" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
GRANT SELECT ON "AccountRollup", "AccountContactSeen" TO accountable_app;

-- Recomputes both rollups of the given accounts from the raw rows (delete, then insert what the rows say now).
-- SECURITY DEFINER so the app role needs no write grant on the rollups; FORCEd row-level security still limits it to
-- the current agency when called from an app transaction (a superuser, e.g. the scale loader, sees every agency).
CREATE FUNCTION app_refresh_account_rollups(p_agency uuid, p_accounts uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "AccountRollup" r WHERE r."agencyId" = p_agency AND r."accountId" = ANY (p_accounts);
  INSERT INTO "AccountRollup" ("agencyId", "accountId", "lastCheckInAt", "nextDueAt", "recentSentiments")
  SELECT p_agency, acc.id, max(r."occurredAt"),
         (array_agg(r."nextDueAt" ORDER BY r."occurredAt" DESC, r."id" DESC))[1],
         array_agg(r."sentiment" ORDER BY r."occurredAt" DESC, r."id" DESC)
  FROM (SELECT DISTINCT unnest(p_accounts) AS id) acc
  CROSS JOIN LATERAL (
    SELECT ci."occurredAt", ci."id", ci."nextDueAt", ci."sentiment" FROM "CheckIn" ci
    WHERE ci."agencyId" = p_agency AND ci."accountId" = acc.id
    ORDER BY ci."occurredAt" DESC, ci."id" DESC LIMIT 5
  ) r
  GROUP BY acc.id;

  DELETE FROM "AccountContactSeen" s WHERE s."agencyId" = p_agency AND s."accountId" = ANY (p_accounts);
  INSERT INTO "AccountContactSeen" ("agencyId", "accountId", "contactId", "lastSeenAt")
  SELECT p_agency, ci."accountId", cc."contactId", max(ci."occurredAt")
  FROM "CheckIn" ci JOIN "CheckInContact" cc ON cc."agencyId" = ci."agencyId" AND cc."checkInId" = ci."id"
  WHERE ci."agencyId" = p_agency AND ci."accountId" = ANY (p_accounts)
  GROUP BY ci."accountId", cc."contactId";
END $$;
REVOKE ALL ON FUNCTION app_refresh_account_rollups(uuid, uuid[]) FROM PUBLIC;

-- Statement-level triggers with transition tables: a bulk INSERT of 250,000 check-ins refreshes each touched account
-- once, in one set-based pass, instead of once per row.
CREATE FUNCTION app_check_in_rollups() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE touched record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR touched IN SELECT "agencyId", array_agg(DISTINCT "accountId") AS ids FROM new_rows GROUP BY 1 LOOP
      PERFORM app_refresh_account_rollups(touched."agencyId", touched.ids);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR touched IN SELECT "agencyId", array_agg(DISTINCT "accountId") AS ids FROM old_rows GROUP BY 1 LOOP
      PERFORM app_refresh_account_rollups(touched."agencyId", touched.ids);
    END LOOP;
  ELSE
    FOR touched IN
      SELECT "agencyId", array_agg(DISTINCT "accountId") AS ids
      FROM (SELECT "agencyId", "accountId" FROM new_rows UNION ALL SELECT "agencyId", "accountId" FROM old_rows) t
      GROUP BY 1
    LOOP
      PERFORM app_refresh_account_rollups(touched."agencyId", touched.ids);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

-- Attendees point at a check-in; the account is found through it. When a check-in is deleted its attendees go by
-- cascade and the join finds nothing: the CheckIn trigger has refreshed (or will refresh) that account itself.
CREATE FUNCTION app_check_in_contact_rollups() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE touched record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR touched IN
      SELECT ci."agencyId", array_agg(DISTINCT ci."accountId") AS ids
      FROM (SELECT DISTINCT "agencyId", "checkInId" FROM new_rows) t
      JOIN "CheckIn" ci ON ci."agencyId" = t."agencyId" AND ci."id" = t."checkInId" GROUP BY 1
    LOOP
      PERFORM app_refresh_account_rollups(touched."agencyId", touched.ids);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR touched IN
      SELECT ci."agencyId", array_agg(DISTINCT ci."accountId") AS ids
      FROM (SELECT DISTINCT "agencyId", "checkInId" FROM old_rows) t
      JOIN "CheckIn" ci ON ci."agencyId" = t."agencyId" AND ci."id" = t."checkInId" GROUP BY 1
    LOOP
      PERFORM app_refresh_account_rollups(touched."agencyId", touched.ids);
    END LOOP;
  ELSE
    FOR touched IN
      SELECT ci."agencyId", array_agg(DISTINCT ci."accountId") AS ids
      FROM (SELECT "agencyId", "checkInId" FROM new_rows UNION SELECT "agencyId", "checkInId" FROM old_rows) t
      JOIN "CheckIn" ci ON ci."agencyId" = t."agencyId" AND ci."id" = t."checkInId" GROUP BY 1
    LOOP
      PERFORM app_refresh_account_rollups(touched."agencyId", touched.ids);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER check_in_rollups_insert AFTER INSERT ON "CheckIn"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_check_in_rollups();
CREATE TRIGGER check_in_rollups_update AFTER UPDATE ON "CheckIn"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_check_in_rollups();
CREATE TRIGGER check_in_rollups_delete AFTER DELETE ON "CheckIn"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_check_in_rollups();
CREATE TRIGGER check_in_contact_rollups_insert AFTER INSERT ON "CheckInContact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_check_in_contact_rollups();
CREATE TRIGGER check_in_contact_rollups_update AFTER UPDATE ON "CheckInContact"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_check_in_contact_rollups();
CREATE TRIGGER check_in_contact_rollups_delete AFTER DELETE ON "CheckInContact"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_check_in_contact_rollups();

-- Backfill what exists already, one agency at a time.
SELECT app_refresh_account_rollups(a."agencyId", array_agg(a."id")) FROM "Account" a GROUP BY a."agencyId";

-- The newest reading of every KPI, kept the same way (KPI attainment in the health score reads it for every account).
ALTER TABLE "KpiLatestMeasurement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "KpiLatestMeasurement" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "KpiLatestMeasurement" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
GRANT SELECT ON "KpiLatestMeasurement" TO accountable_app;

CREATE FUNCTION app_refresh_kpi_latest(p_agency uuid, p_kpis uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM "KpiLatestMeasurement" l WHERE l."agencyId" = p_agency AND l."kpiId" = ANY (p_kpis);
  INSERT INTO "KpiLatestMeasurement" ("agencyId", "kpiId", "value", "periodStart")
  SELECT DISTINCT ON (m."kpiId") p_agency, m."kpiId", m."value", m."periodStart"
  FROM "KpiMeasurement" m
  WHERE m."agencyId" = p_agency AND m."kpiId" = ANY (p_kpis)
  ORDER BY m."kpiId", m."periodStart" DESC;
END $$;
REVOKE ALL ON FUNCTION app_refresh_kpi_latest(uuid, uuid[]) FROM PUBLIC;

CREATE FUNCTION app_kpi_measurement_rollups() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE touched record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR touched IN SELECT "agencyId", array_agg(DISTINCT "kpiId") AS ids FROM new_rows GROUP BY 1 LOOP
      PERFORM app_refresh_kpi_latest(touched."agencyId", touched.ids);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR touched IN SELECT "agencyId", array_agg(DISTINCT "kpiId") AS ids FROM old_rows GROUP BY 1 LOOP
      PERFORM app_refresh_kpi_latest(touched."agencyId", touched.ids);
    END LOOP;
  ELSE
    FOR touched IN
      SELECT "agencyId", array_agg(DISTINCT "kpiId") AS ids
      FROM (SELECT "agencyId", "kpiId" FROM new_rows UNION ALL SELECT "agencyId", "kpiId" FROM old_rows) t GROUP BY 1
    LOOP
      PERFORM app_refresh_kpi_latest(touched."agencyId", touched.ids);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER kpi_measurement_rollups_insert AFTER INSERT ON "KpiMeasurement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_kpi_measurement_rollups();
CREATE TRIGGER kpi_measurement_rollups_update AFTER UPDATE ON "KpiMeasurement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_kpi_measurement_rollups();
CREATE TRIGGER kpi_measurement_rollups_delete AFTER DELETE ON "KpiMeasurement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_kpi_measurement_rollups();

SELECT app_refresh_kpi_latest(k."agencyId", array_agg(k."id")) FROM "Kpi" k GROUP BY k."agencyId";
