-- CreateEnum
CREATE TYPE "TextDirection" AS ENUM ('ltr', 'rtl');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "direction" "TextDirection" NOT NULL DEFAULT 'ltr',
ADD COLUMN     "language" VARCHAR(35) NOT NULL DEFAULT 'en';
