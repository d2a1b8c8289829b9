-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventState" (
    "eventId" INTEGER NOT NULL,
    "stateCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,

    CONSTRAINT "EventState_pkey" PRIMARY KEY ("eventId","stateCode")
);

-- CreateTable
CREATE TABLE "EventTheme" (
    "eventId" INTEGER NOT NULL,
    "themeCode" TEXT NOT NULL,

    CONSTRAINT "EventTheme_pkey" PRIMARY KEY ("eventId","themeCode")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" TEXT,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "UserPreference" (
    "userId" TEXT NOT NULL,
    "lastOfficeCode" TEXT,
    "locale" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" SERIAL NOT NULL,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" TIMESTAMP(3),
    "channel" TEXT,
    "messageTs" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "skipped" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "EventState" ADD CONSTRAINT "EventState_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTheme" ADD CONSTRAINT "EventTheme_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
