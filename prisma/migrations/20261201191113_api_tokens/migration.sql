-- AlterTable (tokens made before this migration act as their creator)
ALTER TABLE "ApiToken" ADD COLUMN     "userId" UUID;
UPDATE "ApiToken" SET "userId" = "createdById" WHERE "userId" IS NULL;
ALTER TABLE "ApiToken" ALTER COLUMN "userId" SET NOT NULL;

-- CreateTable
CREATE TABLE "ApiCall" (
    "id" BIGSERIAL NOT NULL,
    "tokenId" UUID NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApiCall_tokenId_createdAt_idx" ON "ApiCall"("tokenId", "createdAt");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiCall" ADD CONSTRAINT "ApiCall_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity Prisma cannot express.
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_scopes_check" CHECK ("scopes" <@ ARRAY['read:exports', 'write:annotations']::text[] AND cardinality("scopes") >= 1);
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_name_length" CHECK (char_length("name") BETWEEN 1 AND 100);
