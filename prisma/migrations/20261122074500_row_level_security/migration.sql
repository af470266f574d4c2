-- Tenant isolation enforced by PostgreSQL itself (docs/adr/0003-row-level-security.md).
-- The app runs every request's queries in a transaction that does `SET LOCAL ROLE accountable_app` and sets
-- app.agency_id / app.user_id; accountable_app has no BYPASSRLS and owns nothing, so it can neither skip nor disable
-- these policies. A query that forgets its agency filter still sees only the current agency's rows.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accountable_app') THEN
    CREATE ROLE accountable_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

CREATE FUNCTION app_current_agency() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.agency_id', true), '')::uuid $$;

CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

GRANT USAGE ON SCHEMA public TO accountable_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "Agency", "User", "Membership", "Invitation", "SignInAttempt", "Client", "Contact", "Account", "CheckIn",
  "CheckInContact", "Project", "ProjectUpdate", "Kpi", "KpiMeasurement", "GrowthPlan", "Opportunity",
  "GrowthAction"
TO accountable_app;
-- The audit log is append-only for the app.
GRANT SELECT, INSERT ON "AuditEvent" TO accountable_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO accountable_app;
GRANT EXECUTE ON FUNCTION app_current_agency(), app_current_user() TO accountable_app;

-- Every table that carries agencyId: rows of the current agency only, for reads and writes alike.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Membership', 'Invitation', 'Client', 'Contact', 'Account', 'CheckIn', 'CheckInContact',
    'Project', 'ProjectUpdate', 'Kpi', 'KpiMeasurement', 'GrowthPlan', 'Opportunity', 'GrowthAction', 'AuditEvent']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("agencyId" = app_current_agency()) '
      'WITH CHECK ("agencyId" = app_current_agency())', t);
  END LOOP;
END
$$;

-- A signed-in person can list their own memberships in every agency (the agency switcher, sign-in).
CREATE POLICY own_memberships ON "Membership" FOR SELECT USING ("userId" = app_current_user());

-- Agencies: the current one, plus (read-only) those the signed-in person belongs to.
ALTER TABLE "Agency" ENABLE ROW LEVEL SECURITY;
CREATE POLICY current_agency ON "Agency" USING ("id" = app_current_agency()) WITH CHECK ("id" = app_current_agency());
CREATE POLICY member_agencies ON "Agency" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Membership" m WHERE m."agencyId" = "Agency"."id" AND m."userId" = app_current_user())
);

-- People: yourself, and the members of the current agency. Sign-in looks users up through a narrow function.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY self ON "User" USING ("id" = app_current_user()) WITH CHECK ("id" = app_current_user());
CREATE POLICY agency_members ON "User" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User"."id" AND m."agencyId" = app_current_agency())
);

-- Agency and User are not FORCEd: the tables' owner (the migration role) may read them, which the two narrow
-- SECURITY DEFINER lookups below rely on. The app role is never the owner, so for it the policies always apply.

-- Before sign-in nobody is "current", so the credentials check needs exactly one narrow, privileged lookup.
CREATE FUNCTION app_credentials_for_email(p_email text)
RETURNS TABLE ("id" uuid, "name" text, "passwordHash" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u."id", u."name"::text, u."passwordHash" FROM "User" u WHERE u."email" = lower(p_email) $$;

-- Slug to id for routing and the public demo directory; reveals no tenant data.
CREATE FUNCTION app_agency_id_for_slug(p_slug text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT a."id" FROM "Agency" a WHERE a."slug" = p_slug $$;

REVOKE ALL ON FUNCTION app_credentials_for_email(text), app_agency_id_for_slug(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_credentials_for_email(text), app_agency_id_for_slug(text) TO accountable_app;
