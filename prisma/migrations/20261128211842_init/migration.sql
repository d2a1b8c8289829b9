-- CreateTable
CREATE TABLE "Event" (
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
    "source" TEXT NOT NULL,
    "sourceKey" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EventState" (
    "eventId" INTEGER NOT NULL,
    "stateCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "stateCode"),
    CONSTRAINT "EventState_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventTheme" (
    "eventId" INTEGER NOT NULL,
    "themeCode" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "themeCode"),
    CONSTRAINT "EventTheme_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "scope" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "UserPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "lastOfficeCode" TEXT,
    "locale" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" DATETIME,
    "channel" TEXT,
    "messageTs" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "skipped" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_sourceKey_key" ON "Event"("sourceKey");

-- CreateIndex
CREATE INDEX "Event_fiscalYear_officeCode_idx" ON "Event"("fiscalYear", "officeCode");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_officeCode_startDate_idx" ON "Event"("officeCode", "startDate");

-- CreateIndex
CREATE INDEX "Event_createdAt_idx" ON "Event"("createdAt");

-- CreateIndex
CREATE INDEX "EventState_stateCode_fiscalYear_idx" ON "EventState"("stateCode", "fiscalYear");

-- CreateIndex
CREATE INDEX "EventState_fiscalYear_stateCode_idx" ON "EventState"("fiscalYear", "stateCode");

-- CreateIndex
CREATE INDEX "EventTheme_themeCode_idx" ON "EventTheme"("themeCode");

-- CreateIndex
CREATE INDEX "AuditEntry_eventId_idx" ON "AuditEntry"("eventId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_period_key" ON "DigestRun"("period");
