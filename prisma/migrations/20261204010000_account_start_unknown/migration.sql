-- An account's start date may be unknown (issue 18): a CSV import of a spreadsheet without start dates no longer has
-- to invent one. Nothing in the database reads "startDate" (no CHECK, trigger or function), so NULL needs no other
-- change; the app counts an unknown start as started before any trend window.
ALTER TABLE "Account" ALTER COLUMN "startDate" DROP NOT NULL;

-- Every migration that adds a tenant table repeated the same four statements. From here on one line does it:
--   SELECT app_enable_tenant_rls('"NewTable"');                         -- the app may read and write rows
--   SELECT app_enable_tenant_rls('"NewTable"', 'SELECT, INSERT');       -- fewer privileges, e.g. append-only
-- Row-level security on and FORCEd (the owner is bound too), the policy admitting only the current agency's rows
-- (app.agency_id as withTenant sets it), and the privileges granted to the app role. Run by migrations as the owner;
-- nobody else may call it.
CREATE FUNCTION app_enable_tenant_rls(tbl regclass, privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- The privileges are spliced into SQL, so only a list of plain privilege words is accepted.
  IF privileges !~ '^\s*(SELECT|INSERT|UPDATE|DELETE)(\s*,\s*(SELECT|INSERT|UPDATE|DELETE))*\s*$' THEN
    RAISE EXCEPTION 'app_enable_tenant_rls: unexpected privileges "%"', privileges;
  END IF;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING ("agencyId" = app_current_agency()) '
    'WITH CHECK ("agencyId" = app_current_agency())', tbl);
  EXECUTE format('GRANT %s ON %s TO accountable_app', privileges, tbl);
END
$$;
REVOKE ALL ON FUNCTION app_enable_tenant_rls(regclass, text) FROM PUBLIC;
