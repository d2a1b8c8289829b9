-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "fiscalYear" INTEGER NOT NULL,
    "officeCode" TEXT NOT NULL,
    "city" TEXT,
    "titleEn" TEXT,
    "titleJa" TEXT,
    "activityType" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "partners" TEXT NOT NULL DEFAULT '[]',
    "bestPractice" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "cityKey" TEXT NOT NULL DEFAULT '',
    "textKey" TEXT NOT NULL DEFAULT '',
    "partnersKey" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "sourceKey" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Event" ("activityType", "bestPractice", "city", "createdAt", "createdBy", "endDate", "fiscalYear", "format", "id", "officeCode", "participants", "partners", "source", "sourceKey", "startDate", "summary", "titleEn", "titleJa", "updatedAt", "updatedBy") SELECT "activityType", "bestPractice", "city", "createdAt", "createdBy", "endDate", "fiscalYear", "format", "id", "officeCode", "participants", "partners", "source", "sourceKey", "startDate", "summary", "titleEn", "titleJa", "updatedAt", "updatedBy" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_sourceKey_key" ON "Event"("sourceKey");
CREATE INDEX "Event_fiscalYear_officeCode_participants_idx" ON "Event"("fiscalYear", "officeCode", "participants");
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");
CREATE INDEX "Event_officeCode_startDate_idx" ON "Event"("officeCode", "startDate");
CREATE INDEX "Event_createdAt_idx" ON "Event"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
