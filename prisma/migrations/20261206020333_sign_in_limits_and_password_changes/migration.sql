-- CreateEnum
CREATE TYPE "PasswordChangeKind" AS ENUM ('self', 'admin_set', 'admin_generated');

-- DropIndex
DROP INDEX "SignInAttempt_email_createdAt_idx";

-- DropIndex
DROP INDEX "SignInAttempt_ip_createdAt_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PasswordChange" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "kind" "PasswordChangeKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PasswordChange_userId_createdAt_idx" ON "PasswordChange"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_ip_succeeded_createdAt_idx" ON "SignInAttempt"("email", "ip", "succeeded", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_succeeded_createdAt_idx" ON "SignInAttempt"("email", "succeeded", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_succeeded_createdAt_idx" ON "SignInAttempt"("ip", "succeeded", "createdAt");
