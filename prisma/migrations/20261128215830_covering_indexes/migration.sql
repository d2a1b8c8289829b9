-- DropIndex
DROP INDEX "Event_fiscalYear_officeCode_idx";

-- DropIndex
DROP INDEX "EventState_fiscalYear_stateCode_idx";

-- DropIndex
DROP INDEX "EventState_stateCode_fiscalYear_idx";

-- CreateIndex
CREATE INDEX "Event_fiscalYear_officeCode_participants_idx" ON "Event"("fiscalYear", "officeCode", "participants");

-- CreateIndex
CREATE INDEX "EventState_stateCode_fiscalYear_eventId_idx" ON "EventState"("stateCode", "fiscalYear", "eventId");

-- CreateIndex
CREATE INDEX "EventState_fiscalYear_stateCode_eventId_idx" ON "EventState"("fiscalYear", "stateCode", "eventId");
