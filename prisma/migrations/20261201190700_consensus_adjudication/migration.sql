-- CreateEnum
CREATE TYPE "VerdictAction" AS ENUM ('create', 'update');

-- CreateEnum
CREATE TYPE "PublicationAction" AS ENUM ('publish', 'reopen');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "verdictsPublishedAt" TIMESTAMP(3),
ADD COLUMN     "verdictsPublishedById" UUID;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "acceptedConsensus" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "claimDate" DATE,
ADD COLUMN     "ratingName" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "VerdictEvent" (
    "id" BIGSERIAL NOT NULL,
    "verdictId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "action" "VerdictAction" NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationEvent" (
    "id" BIGSERIAL NOT NULL,
    "articleId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "action" "PublicationAction" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingOption" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingOption_pkey" PRIMARY KEY ("key")
);

-- DropIndex
DROP INDEX "Verdict_articleId_passageKey_key";

-- CreateIndex
CREATE UNIQUE INDEX "Verdict_articleId_revision_passageKey_key" ON "Verdict"("articleId", "revision", "passageKey");

-- CreateIndex
CREATE INDEX "VerdictEvent_verdictId_createdAt_idx" ON "VerdictEvent"("verdictId", "createdAt");

-- CreateIndex
CREATE INDEX "PublicationEvent_articleId_createdAt_idx" ON "PublicationEvent"("articleId", "createdAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_verdictsPublishedById_fkey" FOREIGN KEY ("verdictsPublishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictEvent" ADD CONSTRAINT "VerdictEvent_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictEvent" ADD CONSTRAINT "VerdictEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationEvent" ADD CONSTRAINT "PublicationEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationEvent" ADD CONSTRAINT "PublicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Integrity Prisma cannot express.
ALTER TABLE "RatingOption" ADD CONSTRAINT "RatingOption_key_format" CHECK ("key" ~ '^[a-z0-9_]{1,40}$');
ALTER TABLE "RatingOption" ADD CONSTRAINT "RatingOption_name_length" CHECK (char_length("name") BETWEEN 1 AND 80);
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_explanation_length" CHECK (char_length("explanation") <= 5000);
ALTER TABLE "Article" ADD CONSTRAINT "Article_published_has_time" CHECK ("status" <> 'published' OR "verdictsPublishedAt" IS NOT NULL);

-- The default rating scale (editable by admins): higher value = more true; the lowest is 1, as
-- Google's ClaimReview guidelines expect of worstRating.
INSERT INTO "RatingOption" ("key", "name", "value", "position", "updatedAt") VALUES
  ('true', 'True', 6, 1, CURRENT_TIMESTAMP),
  ('mostly_true', 'Mostly true', 5, 2, CURRENT_TIMESTAMP),
  ('mixed', 'Mixed', 4, 3, CURRENT_TIMESTAMP),
  ('mostly_false', 'Mostly false', 3, 4, CURRENT_TIMESTAMP),
  ('false', 'False', 2, 5, CURRENT_TIMESTAMP),
  ('unsupported', 'Unsupported', 1, 6, CURRENT_TIMESTAMP);
