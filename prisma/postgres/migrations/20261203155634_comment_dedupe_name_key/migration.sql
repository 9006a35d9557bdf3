-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "dedupeNameKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Comment_dedupeNameKey_key" ON "Comment"("dedupeNameKey");

