-- CreateTable
CREATE TABLE "BestPracticeCategory" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable: the columns are added in place, where the schema engine proposes to redefine "Event" (copy,
-- drop, rename): no copy of every event, and nothing that could cascade to its states and themes.
ALTER TABLE "Event" ADD COLUMN "bestPracticeCategory" TEXT;
ALTER TABLE "Event" ADD COLUMN "ongoing" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Event_bestPracticeCategory_idx" ON "Event"("bestPracticeCategory");
