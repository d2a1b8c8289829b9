-- CreateTable
CREATE TABLE "SlackOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "userId" TEXT,
    "routes" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "failureText" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "routeIndex" INTEGER NOT NULL DEFAULT 0,
    "routeAttempts" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedBy" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    "deliveredVia" TEXT,
    "deliveredChannel" TEXT,
    "deliveredTs" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackOutbox_key_key" ON "SlackOutbox"("key");

-- CreateIndex
CREATE INDEX "SlackOutbox_status_nextAttemptAt_idx" ON "SlackOutbox"("status", "nextAttemptAt");
