-- CreateTable
CREATE TABLE "SlackOutbox" (
    "id" SERIAL NOT NULL,
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
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leasedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "deliveredVia" TEXT,
    "deliveredChannel" TEXT,
    "deliveredTs" TEXT,

    CONSTRAINT "SlackOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackOutbox_key_key" ON "SlackOutbox"("key");

-- CreateIndex
CREATE INDEX "SlackOutbox_status_nextAttemptAt_idx" ON "SlackOutbox"("status", "nextAttemptAt");
