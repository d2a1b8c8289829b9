-- AlterTable
ALTER TABLE "Event" ADD COLUMN "stateCount" INTEGER NOT NULL DEFAULT 0;

-- Derived: each event's number of states (also recomputed by the store's rebuild of derived rows)
UPDATE "Event" SET "stateCount" = (SELECT COUNT(*) FROM "EventState" WHERE "EventState"."eventId" = "Event"."id");
