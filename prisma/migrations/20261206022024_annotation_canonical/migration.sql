-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "canonical" TEXT,
ADD COLUMN     "via" TEXT[] DEFAULT ARRAY[]::TEXT[];
