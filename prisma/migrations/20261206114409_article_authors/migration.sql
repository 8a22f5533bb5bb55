-- CreateTable
CREATE TABLE "ArticleAuthor" (
    "articleId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticleAuthor_pkey" PRIMARY KEY ("articleId","authorId")
);

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_idx" ON "ArticleAuthor"("authorId");

-- AddForeignKey
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAuthor" ADD CONSTRAINT "ArticleAuthor_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- NULLs are distinct in "Author_name_sourceId_key": an author of no source is unique by name alone.
CREATE UNIQUE INDEX "Author_name_no_source_key" ON "Author"("name") WHERE "sourceId" IS NULL;

ALTER TABLE "Author" ADD CONSTRAINT "Author_name_not_blank" CHECK (btrim("name") <> '');

-- Articles imported before this migration keep their byline text; `npm run db:backfill-authors`
-- reads it into Author rows with the same rules as an import (lib/articles/byline-authors.ts,
-- which SQL cannot share), as does the next byline or source correction. The two seeded samples
-- state no byline, so there is nothing to backfill for them.
