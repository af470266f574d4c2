-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- Hand-written below (docs/SECURITY.md). ---------------------------------------------------------------------------

-- Password hashes: the app role may read and write every User column it needs, but never read "passwordHash".
-- Sign-in reads exactly one hash through app_credentials_for_email (SECURITY DEFINER, 20261122074500); a password
-- change writes it (UPDATE without SELECT on the column is allowed), so no query of the app can return a hash.
REVOKE SELECT, UPDATE ON "User" FROM accountable_app;
GRANT SELECT ("id", "email", "name", "sessionVersion", "createdAt", "updatedAt") ON "User" TO accountable_app;
GRANT UPDATE ("name", "passwordHash", "sessionVersion", "updatedAt") ON "User" TO accountable_app;

-- The public demo directory: ids of agencies the demo seed flagged, nothing else (replaces a fixed list of slugs,
-- which a real agency could take).
CREATE FUNCTION app_demo_agency_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT a."id" FROM "Agency" a WHERE a."isDemo" ORDER BY a."employeeCount", a."id" $$;

-- Every request checks its session against the user's current session version (lib/auth/session-guard.ts) before
-- anyone is "current", hence a narrow privileged lookup: one integer, null when the user no longer exists.
CREATE FUNCTION app_session_version(p_user uuid) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u."sessionVersion" FROM "User" u WHERE u."id" = p_user $$;

-- Deactivating a member ends their sessions: a leader may bump the session version of a member of the CURRENT
-- agency only (the User row itself is not visible for update to another person under row-level security).
CREATE FUNCTION app_end_member_sessions(p_membership uuid) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ UPDATE "User" u SET "sessionVersion" = u."sessionVersion" + 1, "updatedAt" = now()
   FROM "Membership" m
   WHERE m."id" = p_membership AND m."agencyId" = app_current_agency() AND u."id" = m."userId" $$;

REVOKE ALL ON FUNCTION app_demo_agency_ids(), app_session_version(uuid), app_end_member_sessions(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_demo_agency_ids(), app_session_version(uuid), app_end_member_sessions(uuid)
  TO accountable_app;
