-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "bestPracticeCategory" TEXT,
ADD COLUMN     "ongoing" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "BestPracticeCategory" (
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BestPracticeCategory_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "Event_bestPracticeCategory_idx" ON "Event"("bestPracticeCategory");
