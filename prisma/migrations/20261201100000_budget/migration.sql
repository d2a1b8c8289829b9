-- AlterTable
ALTER TABLE "Event" ADD COLUMN "costYen" INTEGER;

-- CreateTable
CREATE TABLE "Budget" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fiscalYear" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "note" TEXT,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Budget_fiscalYear_key" ON "Budget"("fiscalYear");
