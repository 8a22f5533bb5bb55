-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('submit', 'reopen');

-- CreateTable
CREATE TABLE "ReviewEvent" (
    "id" BIGSERIAL NOT NULL,
    "articleId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewEvent_articleId_reviewerId_createdAt_idx" ON "ReviewEvent"("articleId", "reviewerId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reviews submitted before this history existed get their submit event, so every
-- submitted review has a trail that starts with its submission.
INSERT INTO "ReviewEvent" ("articleId", "reviewerId", "actorId", "action", "createdAt")
SELECT "articleId", "reviewerId", "reviewerId", 'submit', "submittedAt" FROM "ReviewSubmission";
