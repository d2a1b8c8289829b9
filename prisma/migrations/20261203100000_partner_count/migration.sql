-- AlterTable
ALTER TABLE "Event" ADD COLUMN "partnerCount" INTEGER NOT NULL DEFAULT 0;

-- Derived: each event's partners, the lines of its partnersKey ("\n a \n b \n": one line break more than
-- partners), as src/domain/text-keys.ts counts them for new and edited events
UPDATE "Event" SET "partnerCount" = CASE WHEN "partnersKey" = '' THEN 0 ELSE length("partnersKey") - length(replace("partnersKey", char(10), '')) - 1 END;
