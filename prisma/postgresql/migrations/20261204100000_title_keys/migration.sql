-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "titleKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summaryKey" TEXT NOT NULL DEFAULT '';

-- Derived: filled for stored events by the app when it applies this migration (src/store/client.ts rebuilds the
-- search keys, which need NFKC folding SQL does not have)
