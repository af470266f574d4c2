-- CreateTable
CREATE TABLE "BookStanding" (
    "agencyId" UUID NOT NULL,
    "amId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "accounts" JSON NOT NULL,
    "signals" JSON NOT NULL,

    CONSTRAINT "BookStanding_pkey" PRIMARY KEY ("agencyId","amId")
);

-- CreateTable
CREATE TABLE "BookDirty" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" UUID NOT NULL,
    "amId" UUID NOT NULL,

    CONSTRAINT "BookDirty_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BookDirty_agencyId_idx" ON "BookDirty"("agencyId");

-- AddForeignKey
ALTER TABLE "BookStanding" ADD CONSTRAINT "BookStanding_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookDirty" ADD CONSTRAINT "BookDirty_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: row-level security, and the triggers that mark books dirty. Why marks and not recomputation in SQL:
-- docs/PERFORMANCE.md "Stored standing" (the rules stay in TypeScript, in one place).

-- Tenant isolation, as for every tenant table. The app role reads and rewrites the standing (the recomputation runs
-- in app transactions) and deletes the marks it has read; only the SECURITY DEFINER triggers below insert marks.
ALTER TABLE "BookStanding" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BookStanding" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BookStanding" USING ("agencyId" = app_current_agency())
  WITH CHECK ("agencyId" = app_current_agency());
GRANT SELECT, INSERT, UPDATE, DELETE ON "BookStanding" TO accountable_app;
-- A write in one agency may mark another agency's books (a user renamed who is a member of both), so inserting is
-- open to the definer functions; the app role has no INSERT grant.
ALTER TABLE "BookDirty" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BookDirty" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BookDirty" USING ("agencyId" = app_current_agency());
CREATE POLICY marks_from_triggers ON "BookDirty" FOR INSERT WITH CHECK (true);
GRANT SELECT, DELETE ON "BookDirty" TO accountable_app;

-- Which books a touched row's key reaches. The nil uuid is the agency's "unowned" book (clients with no live account).
-- Clients: every owner of one of their accounts, and the unowned book when a client has no live account or the
-- unowned book holds a signal about it (so it is recomputed when a client loses its last account or gains one).
CREATE FUNCTION app_books_of_clients(p_agency uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT '00000000-0000-0000-0000-000000000000'::uuid
  WHERE EXISTS (
    SELECT 1 FROM unnest(p_ids) AS c(id)
    WHERE NOT EXISTS (SELECT 1 FROM "Account" a
                      WHERE a."agencyId" = p_agency AND a."clientId" = c.id AND a."archivedAt" IS NULL)
       OR EXISTS (SELECT 1 FROM "BookStanding" b, json_array_elements(b."signals") s
                  WHERE b."agencyId" = p_agency AND b."amId" = '00000000-0000-0000-0000-000000000000'::uuid
                    AND s->'subject'->>'kind' = 'client' AND s->'subject'->>'id' = c.id::text))
  UNION SELECT a."amId" FROM "Account" a WHERE a."agencyId" = p_agency AND a."clientId" = ANY (p_ids)
$$;
-- Accounts: the books of their clients (a client's relationship figures span its accounts), and every AM named in
-- the account's value history (an AM's growth counts accounts since handed away).
CREATE FUNCTION app_books_of_accounts(p_agency uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT app_books_of_clients(p_agency, (SELECT array_agg(DISTINCT a."clientId") FROM "Account" a
                                         WHERE a."agencyId" = p_agency AND a."id" = ANY (p_ids)))
  UNION SELECT v."amId" FROM "AccountValueChange" v WHERE v."agencyId" = p_agency AND v."accountId" = ANY (p_ids)
$$;
CREATE FUNCTION app_books_of_kpis(p_agency uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT app_books_of_accounts(p_agency, array_agg(k."accountId"))
  FROM "Kpi" k WHERE k."agencyId" = p_agency AND k."id" = ANY (p_ids) AND k."accountId" IS NOT NULL
$$;
-- Attendees: through their check-in. A check-in deleted takes its attendees by cascade; its own trigger marks the books.
CREATE FUNCTION app_books_of_check_ins(p_agency uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT app_books_of_accounts(p_agency, array_agg(DISTINCT ci."accountId"))
  FROM "CheckIn" ci WHERE ci."agencyId" = p_agency AND ci."id" = ANY (p_ids)
$$;
CREATE FUNCTION app_books_of_members(p_agency uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT unnest(p_ids) $$;
-- A settings change (cadences, weights, guideline) moves every book.
CREATE FUNCTION app_books_of_agency(p_agency uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT b."amId" FROM "BookStanding" b WHERE b."agencyId" = p_agency
$$;
REVOKE ALL ON FUNCTION app_books_of_accounts(uuid, uuid[]), app_books_of_clients(uuid, uuid[]),
  app_books_of_kpis(uuid, uuid[]), app_books_of_check_ins(uuid, uuid[]), app_books_of_agency(uuid, uuid[]) FROM PUBLIC;

-- One trigger function for every input table. Arguments: the column naming the agency, then pairs of (key column,
-- books function). Statement-level with transition tables, like the rollups: a bulk write marks each book once. The
-- check-in and KPI rollups are marked at their source (CheckIn, CheckInContact, KpiMeasurement), not on the rollup
-- tables: their refresh deletes and inserts, which would fire four marking passes per check-in instead of one (the
-- dynamic statement is planned on each pass: 18–37 ms per check-in against 4–5 ms, measured in psql).
CREATE FUNCTION app_mark_books() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  touched text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows' WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                  ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
  i int := 1;
BEGIN
  WHILE i < TG_NARGS LOOP
    EXECUTE format(
      'INSERT INTO "BookDirty" ("agencyId", "amId")
       SELECT DISTINCT g.agency, b.book
       FROM (SELECT t.%1$I AS agency, array_agg(DISTINCT t.%2$I) AS ids FROM (%3$s) t WHERE t.%2$I IS NOT NULL GROUP BY 1) g
       CROSS JOIN LATERAL %4$I(g.agency, g.ids) AS b(book)',
      TG_ARGV[0], TG_ARGV[i], touched, TG_ARGV[i + 1]);
    i := i + 2;
  END LOOP;
  RETURN NULL;
END $$;

-- Users carry no agency: a renamed user marks their book in every agency they are an AM of.
CREATE FUNCTION app_mark_books_of_users() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "BookDirty" ("agencyId", "amId")
  SELECT m."agencyId", m."id" FROM "Membership" m
  WHERE m."userId" IN (SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name");
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION app_mark_books(), app_mark_books_of_users() FROM PUBLIC;

CREATE TRIGGER standing_marks_update AFTER UPDATE ON "User"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_mark_books_of_users();

-- Three triggers per table (a trigger with transition tables takes one event).
DO $$
DECLARE
  spec record;
  ev text;
BEGIN
  FOR spec IN SELECT * FROM (VALUES
    ('Agency', '''id'', ''id'', ''app_books_of_agency'''),
    ('Membership', '''agencyId'', ''id'', ''app_books_of_members'''),
    ('Client', '''agencyId'', ''id'', ''app_books_of_clients'''),
    ('Contact', '''agencyId'', ''clientId'', ''app_books_of_clients'''),
    ('ContactDeparture', '''agencyId'', ''clientId'', ''app_books_of_clients'''),
    ('Account', '''agencyId'', ''id'', ''app_books_of_accounts'', ''amId'', ''app_books_of_members'', ''clientId'', ''app_books_of_clients'''),
    ('CheckIn', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('CheckInContact', '''agencyId'', ''checkInId'', ''app_books_of_check_ins'''),
    ('Project', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('Kpi', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('KpiMeasurement', '''agencyId'', ''kpiId'', ''app_books_of_kpis'''),
    ('GrowthPlan', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('RetainerScope', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('TimesheetEntry', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('ScopeRequest', '''agencyId'', ''accountId'', ''app_books_of_accounts'''),
    ('AccountValueChange', '''agencyId'', ''accountId'', ''app_books_of_accounts'', ''amId'', ''app_books_of_members''')
  ) AS s(tbl, args) LOOP
    FOREACH ev IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION app_mark_books(%s)',
        'standing_marks_' || lower(ev), ev, spec.tbl,
        CASE ev WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
                ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        spec.args);
    END LOOP;
  END LOOP;
END $$;
