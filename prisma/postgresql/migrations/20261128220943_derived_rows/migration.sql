-- DropIndex
DROP INDEX "EventState_fiscalYear_stateCode_eventId_idx";

-- DropIndex
DROP INDEX "EventState_stateCode_fiscalYear_eventId_idx";

-- DropIndex
DROP INDEX "EventTheme_themeCode_idx";

-- AlterTable
ALTER TABLE "EventState" ADD COLUMN     "activityType" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "format" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "officeCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "participants" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "EventTheme" ADD COLUMN     "fiscalYear" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "participants" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EventRegion" (
    "eventId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,

    CONSTRAINT "EventRegion_pkey" PRIMARY KEY ("eventId","regionCode")
);

-- CreateIndex
CREATE INDEX "EventRegion_regionCode_fiscalYear_participants_idx" ON "EventRegion"("regionCode", "fiscalYear", "participants");

-- CreateIndex
CREATE INDEX "EventState_stateCode_fiscalYear_eventId_participants_idx" ON "EventState"("stateCode", "fiscalYear", "eventId", "participants");

-- CreateIndex
CREATE INDEX "EventState_fiscalYear_stateCode_eventId_participants_idx" ON "EventState"("fiscalYear", "stateCode", "eventId", "participants");

-- CreateIndex
CREATE INDEX "EventState_office_state_type_format_fy_idx" ON "EventState"("officeCode", "stateCode", "activityType", "format", "fiscalYear");

-- CreateIndex
CREATE INDEX "EventTheme_themeCode_fiscalYear_participants_idx" ON "EventTheme"("themeCode", "fiscalYear", "participants");

-- AddForeignKey
ALTER TABLE "EventRegion" ADD CONSTRAINT "EventRegion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
