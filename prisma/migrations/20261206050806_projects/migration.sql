-- CreateEnum
CREATE TYPE "ProjectRole" AS ENUM ('reviewer', 'editor');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "projectIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "ReviewEvent" ADD COLUMN     "guidelinesVersion" INTEGER;

-- AlterTable
ALTER TABLE "ReviewSubmission" ADD COLUMN     "guidelinesVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "guidelinesVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectGuidelines" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectGuidelines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "projectId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "ProjectRole" NOT NULL,
    "addedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "ProjectRatingOption" (
    "projectId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectRatingOption_pkey" PRIMARY KEY ("projectId","key")
);

-- CreateTable
CREATE TABLE "ArticleMove" (
    "id" BIGSERIAL NOT NULL,
    "articleId" UUID NOT NULL,
    "fromProjectId" UUID NOT NULL,
    "toProjectId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_name_key" ON "Project"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectGuidelines_projectId_version_key" ON "ProjectGuidelines"("projectId", "version");

-- CreateIndex
CREATE INDEX "ProjectMember_userId_idx" ON "ProjectMember"("userId");

-- CreateIndex
CREATE INDEX "ArticleMove_articleId_createdAt_idx" ON "ArticleMove"("articleId", "createdAt");

-- Existing data moves into one default project, nothing lost: every article, the
-- desk's rating scale (copied, as for every new project), and every account that
-- is not an admin as a member, with the role it has at the desk (admins see all
-- projects without being members). Names are unique, so a desk that already
-- used the name cannot collide: the default project is "Desk".
INSERT INTO "Project" ("id", "name", "description", "updatedAt")
VALUES (gen_random_uuid(), 'Desk', 'Every article reviewed before projects existed.', CURRENT_TIMESTAMP);

INSERT INTO "ProjectRatingOption" ("projectId", "key", "name", "value", "position", "updatedAt")
SELECT p.id, r.key, r.name, r.value, r.position, r."updatedAt" FROM "RatingOption" r CROSS JOIN "Project" p;

INSERT INTO "ProjectMember" ("projectId", "userId", "role")
SELECT p.id, u.id, u.role::text::"ProjectRole" FROM "User" u CROSS JOIN "Project" p WHERE u.role <> 'admin';

ALTER TABLE "Article" ADD COLUMN "projectId" UUID;
UPDATE "Article" SET "projectId" = (SELECT id FROM "Project");
ALTER TABLE "Article" ALTER COLUMN "projectId" SET NOT NULL;

-- Submissions made before projects were made under no guidelines (version 0, the column default).

-- Integrity Prisma cannot express.
ALTER TABLE "ProjectGuidelines" ADD CONSTRAINT "ProjectGuidelines_version_check" CHECK ("version" >= 1);
ALTER TABLE "Project" ADD CONSTRAINT "Project_guidelines_version_check" CHECK ("guidelinesVersion" >= 0);
ALTER TABLE "ArticleMove" ADD CONSTRAINT "ArticleMove_distinct_check" CHECK ("fromProjectId" <> "toProjectId");

-- CreateIndex
CREATE INDEX "Article_projectId_lastActivityAt_idx" ON "Article"("projectId", "lastActivityAt");

-- AddForeignKey
ALTER TABLE "ProjectGuidelines" ADD CONSTRAINT "ProjectGuidelines_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectRatingOption" ADD CONSTRAINT "ProjectRatingOption_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
