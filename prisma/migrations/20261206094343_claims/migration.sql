-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "normalizedText" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rating" TEXT,
    "ratingName" TEXT NOT NULL DEFAULT '',
    "ratingValue" DOUBLE PRECISION,
    "explanation" TEXT NOT NULL DEFAULT '',
    "verdictById" UUID,
    "verdictAt" TIMESTAMP(3),

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimAppearance" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimAppearance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "ClaimAppearance_articleId_idx" ON "ClaimAppearance"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAppearance_claimId_articleId_start_end_key" ON "ClaimAppearance"("claimId", "articleId", "start", "end");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verdictById_fkey" FOREIGN KEY ("verdictById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Claim suggestions (lib/server/data/claims/suggest-claims.ts) rank by trigram similarity and full-text
-- rank on the normalised text. PGlite loads pg_trgm as a contrib extension (scripts/db/embedded-postgres.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Claim_normalizedText_trgm_idx" ON "Claim" USING GIN ("normalizedText" gin_trgm_ops);
CREATE INDEX "Claim_normalizedText_tsv_idx" ON "Claim" USING GIN (to_tsvector('english', "normalizedText"));
