import type { Db } from './client.ts'

export async function recordImportBatch(
  db: Db,
  batch: { fileName: string; fileSha256: string; rows: number; created: number; skipped: number; actor: string },
): Promise<void> {
  await db.importBatch.create({ data: batch })
}
