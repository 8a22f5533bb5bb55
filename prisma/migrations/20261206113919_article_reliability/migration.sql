-- Per-article reliability snapshots (issue 15). No SQL backfill: the figures come from the consensus,
-- computed in TypeScript; articles already published get theirs on the next read of a source
-- (lib/server/data/sources/article-reliability.ts, backfillReliabilitySnapshots, bounded per request).
-- CreateTable
CREATE TABLE "ArticleReliability" (
    "articleId" UUID NOT NULL,
    "claimChars" INTEGER NOT NULL,
    "opinionChars" INTEGER NOT NULL,
    "unsupportedChars" INTEGER NOT NULL,
    "claimPassages" INTEGER NOT NULL,
    "opinionPassages" INTEGER NOT NULL,
    "unsupportedPassages" INTEGER NOT NULL,
    "passagesWithoutMajority" INTEGER NOT NULL,
    "reviewers" INTEGER NOT NULL,
    "alpha" DOUBLE PRECISION,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleReliability_pkey" PRIMARY KEY ("articleId")
);

-- AddForeignKey
ALTER TABLE "ArticleReliability" ADD CONSTRAINT "ArticleReliability_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
