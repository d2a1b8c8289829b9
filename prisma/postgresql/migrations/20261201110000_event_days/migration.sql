-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "durationDays" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "startWeekday" INTEGER NOT NULL DEFAULT 0;

-- Derived: each event's days (start to end, both counted) and the ISO day of the week of its start date
-- (1 = Monday … 7 = Sunday), as src/domain/event-days.ts computes them for new and edited events
UPDATE "Event" SET
  "durationDays" = CASE WHEN "endDate" IS NULL OR "endDate" <= "startDate" THEN 1 ELSE ("endDate"::date - "startDate"::date) + 1 END,
  "startWeekday" = EXTRACT(ISODOW FROM "startDate"::date)::int;
