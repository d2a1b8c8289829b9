-- CreateTable
CREATE TABLE "EventRegion" (
    "eventId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "regionCode"),
    CONSTRAINT "EventRegion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EventState" (
    "eventId" INTEGER NOT NULL,
    "stateCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "officeCode" TEXT NOT NULL DEFAULT '',
    "activityType" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("eventId", "stateCode"),
    CONSTRAINT "EventState_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventState" ("eventId", "fiscalYear", "stateCode") SELECT "eventId", "fiscalYear", "stateCode" FROM "EventState";
DROP TABLE "EventState";
ALTER TABLE "new_EventState" RENAME TO "EventState";
CREATE INDEX "EventState_stateCode_fiscalYear_eventId_participants_idx" ON "EventState"("stateCode", "fiscalYear", "eventId", "participants");
CREATE INDEX "EventState_fiscalYear_stateCode_eventId_participants_idx" ON "EventState"("fiscalYear", "stateCode", "eventId", "participants");
CREATE INDEX "EventState_office_state_type_format_fy_idx" ON "EventState"("officeCode", "stateCode", "activityType", "format", "fiscalYear");
CREATE TABLE "new_EventTheme" (
    "eventId" INTEGER NOT NULL,
    "themeCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL DEFAULT 0,
    "participants" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("eventId", "themeCode"),
    CONSTRAINT "EventTheme_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventTheme" ("eventId", "themeCode") SELECT "eventId", "themeCode" FROM "EventTheme";
DROP TABLE "EventTheme";
ALTER TABLE "new_EventTheme" RENAME TO "EventTheme";
CREATE INDEX "EventTheme_themeCode_fiscalYear_participants_idx" ON "EventTheme"("themeCode", "fiscalYear", "participants");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EventRegion_regionCode_fiscalYear_participants_idx" ON "EventRegion"("regionCode", "fiscalYear", "participants");
