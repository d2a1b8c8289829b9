-- CreateTable
CREATE TABLE "BestPracticeCategory" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable: the columns are added in place. The schema engine proposes to redefine "Event" (copy, drop,
-- rename), but the app applies a migration inside a transaction, where PRAGMA foreign_keys=OFF has no effect:
-- dropping "Event" would cascade to its derived rows (EventState, EventRegion, EventTheme).
ALTER TABLE "Event" ADD COLUMN "bestPracticeCategory" TEXT;
ALTER TABLE "Event" ADD COLUMN "ongoing" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Event_bestPracticeCategory_idx" ON "Event"("bestPracticeCategory");
