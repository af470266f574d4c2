-- Hand-written: cheaper standing marks (docs/PERFORMANCE.md "Stored standing"). No table changes.
--
-- 1. Static SQL. The generic marking function built its statement with format() on every call, so PostgreSQL parsed
--    and planned it on every written statement (about 1.5 ms). Each table and event now has its own function whose
--    statements are written out when this migration runs: PL/pgSQL plans them once per connection.
-- 2. No marks for an agency whose standing was never computed. Its first read recomputes every book anyway (no rows in
--    BookStanding means a whole pass), so such marks were work for nothing: most writes in tests, and every write of
--    an agency nobody has opened the dashboard of since the last daily pass... except that the daily pass computes
--    every agency. The race this must not lose: a first whole pass that has already read the rows a write changes,
--    and commits its books after the write committed, unmarked. The pass reads only while it holds the agency's
--    standing lock (lib/domain/portfolio/standing-store.ts), so the trigger skips the mark only when it can take that
--    lock itself (held until the write commits: a pass starting meanwhile waits, then reads the write) and there is
--    still no standing once it holds it. A pass in progress (the lock is busy) means the write is marked as before.

-- Whether writes to this agency must mark books (see 2. above).
CREATE FUNCTION app_standing_kept(p_agency uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "BookStanding" WHERE "agencyId" = p_agency) THEN RETURN true; END IF;
  IF NOT pg_try_advisory_xact_lock(hashtextextended('standing:' || p_agency::text, 0)) THEN RETURN true; END IF;
  -- A pass may have committed between the first look and the lock (each statement here sees the latest commits).
  RETURN EXISTS (SELECT 1 FROM "BookStanding" WHERE "agencyId" = p_agency);
END $$;
REVOKE ALL ON FUNCTION app_standing_kept(uuid) FROM PUBLIC;

CREATE OR REPLACE FUNCTION app_mark_books_of_users() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "BookDirty" ("agencyId", "amId")
  SELECT m."agencyId", m."id" FROM "Membership" m
  WHERE m."userId" IN (SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name")
    AND app_standing_kept(m."agencyId");
  RETURN NULL;
END $$;

-- One function per table and event, replacing app_mark_books(): the same marks, the same (table, agency column, key
-- column, books function) list as 20261205000000_stored_standing.
DO $$
DECLARE
  spec record;
  ev text;
  fn text;
  touched text;
  body text;
  i int;
BEGIN
  FOR spec IN SELECT * FROM (VALUES
    ('Agency', 'id', ARRAY['id', 'app_books_of_agency']),
    ('Membership', 'agencyId', ARRAY['id', 'app_books_of_members']),
    ('Client', 'agencyId', ARRAY['id', 'app_books_of_clients']),
    ('Contact', 'agencyId', ARRAY['clientId', 'app_books_of_clients']),
    ('ContactDeparture', 'agencyId', ARRAY['clientId', 'app_books_of_clients']),
    ('Account', 'agencyId', ARRAY['id', 'app_books_of_accounts', 'amId', 'app_books_of_members', 'clientId', 'app_books_of_clients']),
    ('CheckIn', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('CheckInContact', 'agencyId', ARRAY['checkInId', 'app_books_of_check_ins']),
    ('Project', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('Kpi', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('KpiMeasurement', 'agencyId', ARRAY['kpiId', 'app_books_of_kpis']),
    ('GrowthPlan', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('RetainerScope', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('TimesheetEntry', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('ScopeRequest', 'agencyId', ARRAY['accountId', 'app_books_of_accounts']),
    ('AccountValueChange', 'agencyId', ARRAY['accountId', 'app_books_of_accounts', 'amId', 'app_books_of_members'])
  ) AS s(tbl, agency, pairs) LOOP
    FOREACH ev IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      fn := format('app_mark_%s_%s', lower(spec.tbl), lower(ev));
      touched := CASE ev WHEN 'INSERT' THEN 'SELECT * FROM new_rows' WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                 ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
      body := '';
      i := 1;
      WHILE i < array_length(spec.pairs, 1) LOOP
        body := body || format(
          'INSERT INTO "BookDirty" ("agencyId", "amId")
           SELECT DISTINCT g.agency, b.book
           FROM (SELECT t.%1$I AS agency, array_agg(DISTINCT t.%2$I) AS ids FROM (%3$s) t
                 WHERE t.%2$I IS NOT NULL GROUP BY 1 HAVING app_standing_kept(t.%1$I)) g
           CROSS JOIN LATERAL %4$I(g.agency, g.ids) AS b(book);
          ', spec.agency, spec.pairs[i], touched, spec.pairs[i + 1]);
        i := i + 2;
      END LOOP;
      EXECUTE format('CREATE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
                      AS $f$ BEGIN %s RETURN NULL; END $f$', fn, body);
      EXECUTE format('REVOKE ALL ON FUNCTION %I() FROM PUBLIC', fn);
      EXECUTE format('DROP TRIGGER %I ON %I', 'standing_marks_' || lower(ev), spec.tbl);
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I()',
        'standing_marks_' || lower(ev), ev, spec.tbl,
        CASE ev WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
                ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
        fn);
    END LOOP;
  END LOOP;
END $$;

DROP FUNCTION app_mark_books();
