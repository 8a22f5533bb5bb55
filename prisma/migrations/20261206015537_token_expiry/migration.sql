-- CreateEnum
CREATE TYPE "ApiTokenRevokedReason" AS ENUM ('manual', 'account_disabled', 'password_reset');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "revokedReason" "ApiTokenRevokedReason";

-- Tokens made before this migration keep expiresAt = NULL (never expire). Until now only an
-- admin could revoke a token, so every revoked token was revoked by hand.
UPDATE "ApiToken" SET "revokedReason" = 'manual' WHERE "revokedAt" IS NOT NULL;

-- A disabled account's tokens are now revoked for good; apply that to accounts disabled before
-- this migration, so re-enabling one of them cannot bring its old tokens back.
UPDATE "ApiToken" t SET "revokedAt" = u."disabledAt", "revokedReason" = 'account_disabled'
FROM "User" u WHERE t."userId" = u.id AND u."disabledAt" IS NOT NULL AND t."revokedAt" IS NULL;

-- Integrity Prisma cannot express.
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_revoked_reason_check" CHECK (("revokedAt" IS NULL) = ("revokedReason" IS NULL));
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_expiry_check" CHECK ("expiresAt" IS NULL OR "expiresAt" > "createdAt");
