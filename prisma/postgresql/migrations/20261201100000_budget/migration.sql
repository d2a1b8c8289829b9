-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "costYen" INTEGER;

-- CreateTable
CREATE TABLE "Budget" (
    "id" SERIAL NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "note" TEXT,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Budget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Budget_fiscalYear_key" ON "Budget"("fiscalYear");
