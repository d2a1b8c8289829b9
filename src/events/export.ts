// Exports events in the import format, oldest first: export → import into an empty database → export gives the
// same bytes.
import type { Db } from '../store/client.ts'
import { iterateEvents, type EventFilter } from '../store/events.ts'
import type { EventData } from '../domain/event.ts'
import { formatEventCsv } from './csv-format.ts'

export async function exportEventsCsv(db: Db, options: { filter?: EventFilter; bom?: boolean } = {}): Promise<{ csv: string; count: number }> {
  const events: EventData[] = []
  for await (const e of iterateEvents(db, options.filter ?? {})) events.push(e)
  return { csv: formatEventCsv(events, options.bom === undefined ? {} : { bom: options.bom }), count: events.length }
}
