// English messages. The Japanese catalogue (ja.ts) must have exactly the same keys: the type checker says so.
import type { MessageParams } from './types.ts'

type Msg = (p: MessageParams) => string

export const en = {
  migration_failed_before: (p) => `Migration ${p.migration} failed earlier and was left unfinished. Restore the database from a backup, or mark it rolled back, before migrating again.`,
  migration_modified: (p) => `Migration ${p.migration} was changed after it had been applied to this database. Migrations must never be edited once applied.`,
  migration_unknown: (p) => `This database has migrations this version of the app does not know (${p.migration}). It was migrated by a newer version.`,
  database_unsupported: (p) => `Unsupported DATABASE_URL "${p.url}": use file:PATH for SQLite (the embedded default) or postgresql://… for PostgreSQL.`,
  database_unreachable: (p) => `Cannot open the database (${p.reason}).`,
  file_not_found: (p) => `File not found: ${p.file}`,
  file_empty: (p) => `The file ${p.file} is empty: expected a header row and at least one event.`,
  file_not_utf8_sjis: (p) => `The file ${p.file} is not UTF-8: it looks like Shift_JIS (as saved by Excel). Save it as "CSV UTF-8", or run again with --encoding shift_jis.`,
  file_not_utf8: (p) => `The file ${p.file} is not valid UTF-8 (first bad byte at offset ${p.offset}). Save it as "CSV UTF-8".`,
  csv_malformed: (p) => `Line ${p.line}: the CSV is malformed (${p.reason}).`,
  csv_no_rows: (p) => `The file ${p.file} has a header row but no events.`,
  csv_missing_columns: (p) => `Missing required column(s): ${p.columns}.`,
  csv_unknown_columns: (p) => `Unknown column(s): ${p.columns}. Remove them, or run again with --ignore-unknown.`,
  csv_duplicate_columns: (p) => `Column(s) appear more than once in the header: ${p.columns}.`,
  import_rejected: (p) => `Nothing was imported: ${p.count} problem(s) found.`,
  fy_invalid: (p) => `"${p.value}" is not a fiscal year. Examples: 2022, FY2022, FY22, 2022年度, 令和4年度, R4.`,
  usage: (p) => `${p.detail}`,
  internal_error: () => `Something went wrong on our side. Nothing was changed; please try again.`,
} satisfies Record<string, Msg>
