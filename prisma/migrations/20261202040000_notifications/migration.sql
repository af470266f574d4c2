-- CreateEnum
CREATE TYPE "DeliveryChannel" AS ENUM ('EMAIL', 'SLACK');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "DigestKind" AS ENUM ('LEADER_WEEKLY', 'AM_DAILY');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "event" VARCHAR(60) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" VARCHAR(2000) NOT NULL,
    "href" VARCHAR(500),
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "event" VARCHAR(60) NOT NULL,
    "inApp" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL,
    "slack" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("agencyId","userId","event")
);

-- CreateTable
CREATE TABLE "DigestSetting" (
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "weeklyWeekday" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestSetting_pkey" PRIMARY KEY ("agencyId","userId")
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "DigestKind" NOT NULL,
    "periodKey" VARCHAR(20) NOT NULL,
    "figures" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agencyId" UUID NOT NULL,
    "channel" "DeliveryChannel" NOT NULL,
    "idempotencyKey" VARCHAR(200) NOT NULL,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "unsubscribeUrl" VARCHAR(1000),
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "nextAttemptAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" VARCHAR(1000),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyWebhook" (
    "agencyId" UUID NOT NULL,
    "slackUrl" VARCHAR(500) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyWebhook_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "UserToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "purpose" VARCHAR(20) NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_agencyId_userId_createdAt_id_idx" ON "Notification"("agencyId", "userId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Notification_agencyId_userId_readAt_idx" ON "Notification"("agencyId", "userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_agencyId_id_key" ON "Notification"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_agencyId_userId_kind_periodKey_key" ON "Digest"("agencyId", "userId", "kind", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_agencyId_id_key" ON "Digest"("agencyId", "id");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_agencyId_idempotencyKey_key" ON "Delivery"("agencyId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_agencyId_id_key" ON "Delivery"("agencyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_purpose_idx" ON "UserToken"("userId", "purpose");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestSetting" ADD CONSTRAINT "DigestSetting_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestSetting" ADD CONSTRAINT "DigestSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyWebhook" ADD CONSTRAINT "AgencyWebhook_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below (lib/notifications, docs/adr/0006-mail-and-notifications.md). --------------------------------

GRANT SELECT, INSERT, UPDATE, DELETE ON "Notification", "NotificationPreference", "DigestSetting", "AgencyWebhook"
  TO accountable_app;
GRANT SELECT, INSERT, UPDATE ON "Delivery" TO accountable_app;
-- A digest row is the record of what was reported: written once, never changed by the app.
GRANT SELECT, INSERT ON "Digest" TO accountable_app;
GRANT SELECT ("emailVerifiedAt") ON "User" TO accountable_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Notification', 'NotificationPreference', 'DigestSetting', 'Digest', 'Delivery',
    'AgencyWebhook']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("agencyId" = app_current_agency()) '
      'WITH CHECK ("agencyId" = app_current_agency())', t);
  END LOOP;
END
$$;

-- Tokens are never readable by the app role (no grant, row-level security on with no policy): three narrow
-- functions issue and consume them. UserToken is not FORCEd so these SECURITY DEFINER functions (run as the owner)
-- can read it, as with "User".
ALTER TABLE "UserToken" ENABLE ROW LEVEL SECURITY;

-- Issue a token for an address if it has an account (earlier unused tokens of that purpose die); returns the person
-- or nothing. The caller answers the same either way (no account enumeration).
CREATE FUNCTION app_issue_user_token(p_email text, p_purpose text, p_hash text, p_expires timestamptz)
RETURNS TABLE ("id" uuid, "name" text, "email" text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE v_user "User"%ROWTYPE;
BEGIN
  SELECT * INTO v_user FROM "User" u WHERE u."email" = lower(p_email);
  IF NOT FOUND THEN RETURN; END IF;
  UPDATE "UserToken" t SET "usedAt" = now()
   WHERE t."userId" = v_user."id" AND t."purpose" = p_purpose AND t."usedAt" IS NULL;
  INSERT INTO "UserToken" ("userId", "purpose", "tokenHash", "expiresAt")
  VALUES (v_user."id", p_purpose, p_hash, p_expires);
  RETURN QUERY SELECT v_user."id", v_user."name"::text, v_user."email"::text;
END $$;

-- Password reset: consumes the token (single use under concurrent clicks: one UPDATE wins), sets the new hash and
-- ends every session of that person (session version). Returns the user id, or null for a bad/used/expired token.
CREATE FUNCTION app_reset_password(p_hash text, p_password_hash text) RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE v_user uuid;
BEGIN
  UPDATE "UserToken" t SET "usedAt" = now()
   WHERE t."tokenHash" = p_hash AND t."purpose" = 'reset' AND t."usedAt" IS NULL AND t."expiresAt" > now()
  RETURNING t."userId" INTO v_user;
  IF v_user IS NULL THEN RETURN NULL; END IF;
  UPDATE "User" u SET "passwordHash" = p_password_hash, "sessionVersion" = u."sessionVersion" + 1,
         "emailVerifiedAt" = coalesce(u."emailVerifiedAt", now()), "updatedAt" = now()
   WHERE u."id" = v_user;
  RETURN v_user;
END $$;

-- Whether a token is still usable, without using it: the reset checks this before paying for an argon2id hash.
CREATE FUNCTION app_user_token_live(p_hash text, p_purpose text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM "UserToken" t WHERE t."tokenHash" = p_hash AND t."purpose" = p_purpose
                  AND t."usedAt" IS NULL AND t."expiresAt" > now()) $$;

-- E-mail verification: consumes the token and marks the address verified. Returns the user id or null.
CREATE FUNCTION app_verify_email(p_hash text) RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE v_user uuid;
BEGIN
  UPDATE "UserToken" t SET "usedAt" = now()
   WHERE t."tokenHash" = p_hash AND t."purpose" = 'verify' AND t."usedAt" IS NULL AND t."expiresAt" > now()
  RETURNING t."userId" INTO v_user;
  IF v_user IS NULL THEN RETURN NULL; END IF;
  UPDATE "User" u SET "emailVerifiedAt" = coalesce(u."emailVerifiedAt", now()), "updatedAt" = now()
   WHERE u."id" = v_user;
  RETURN v_user;
END $$;

-- Background jobs (digests, the outbox) walk every agency and then work inside each one's tenant scope: ids only.
CREATE FUNCTION app_job_agency_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT a."id" FROM "Agency" a ORDER BY a."id" $$;

REVOKE ALL ON FUNCTION app_issue_user_token(text, text, text, timestamptz), app_reset_password(text, text),
  app_user_token_live(text, text), app_verify_email(text), app_job_agency_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_issue_user_token(text, text, text, timestamptz), app_reset_password(text, text),
  app_user_token_live(text, text), app_verify_email(text), app_job_agency_ids() TO accountable_app;
