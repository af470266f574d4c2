-- Hand-written: a new password ends every reset link sent before it. Before this, a reset link mailed an hour
-- earlier still set the password after its owner had changed it (someone holding the old mail kept a way in). A
-- trigger, so every way a password changes (the settings form, a reset, an operator's script) is covered; a reset
-- consumes its own token first, so this only ends the others.
CREATE FUNCTION app_end_reset_links() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE "UserToken" t SET "usedAt" = now()
   WHERE t."userId" = NEW."id" AND t."purpose" = 'reset' AND t."usedAt" IS NULL;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION app_end_reset_links() FROM PUBLIC;

CREATE TRIGGER password_change_ends_reset_links AFTER UPDATE OF "passwordHash" ON "User"
  FOR EACH ROW WHEN (OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash") EXECUTE FUNCTION app_end_reset_links();
