-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "canonicalUrl" TEXT,
ADD COLUMN     "modifiedAt" TIMESTAMP(3),
ADD COLUMN     "sourceId" UUID;

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "country" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Author" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sourceId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Author_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Author_name_sourceId_key" ON "Author"("name", "sourceId");

-- CreateIndex
CREATE INDEX "Article_sourceId_idx" ON "Article"("sourceId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Author" ADD CONSTRAINT "Author_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A domain names one outlet: no two sources share a domain. A unique index cannot see inside
-- arrays, so a trigger checks overlap (&&) under one advisory lock, so two writers cannot both pass.
CREATE FUNCTION "Source_domains_unique"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727275);
  IF EXISTS (SELECT 1 FROM "Source" s WHERE s."id" <> NEW."id" AND s."domains" && NEW."domains") THEN
    RAISE EXCEPTION 'domain already belongs to another source' USING ERRCODE = '23505', CONSTRAINT = 'Source_domains_unique';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Source_domains_unique" BEFORE INSERT OR UPDATE OF "domains" ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "Source_domains_unique"();

ALTER TABLE "Source" ADD CONSTRAINT "Source_name_not_blank" CHECK (btrim("name") <> '');

-- Backfill the sample article that names its outlet ("Original Source: apnews.com"); the other
-- sample states no publisher, byline or dates, so it stays without a source.
INSERT INTO "Source" ("id", "name", "domains", "updatedAt")
SELECT gen_random_uuid(), 'The Associated Press', ARRAY['apnews.com'], CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "Article" WHERE "publisher" LIKE 'apnews.com%');

UPDATE "Article" SET "sourceId" = (SELECT "id" FROM "Source" WHERE "name" = 'The Associated Press')
WHERE "publisher" LIKE 'apnews.com%' AND "sourceId" IS NULL;
