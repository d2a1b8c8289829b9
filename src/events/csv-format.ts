// The CSV format of events, shared by import and export (one column list, one set of cell rules).
// Parsing collects every problem of every row, with its line and column, before anything is written.
import { createHash } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { ACTIVITY_TYPES, FORMATS, THEMES, findActivityType, findFormat, findTheme } from '../domain/catalog.ts'
import { LIMITS, eventInputSchema, type EventData } from '../domain/event.ts'
import { DATE_FORM_EXAMPLES, parseDateText } from '../domain/calendar-date.ts'
import { OFFICES, findOffice } from '../domain/offices.ts'
import { STATES, findState } from '../domain/states.ts'
import { closestMatch, normalizeText } from '../domain/text.ts'
import { AppError } from '../errors.ts'
import type { MessageKey, MessageParams } from '../i18n/index.ts'
import { formatNumber } from '../i18n/format.ts'

export const CSV_COLUMNS = [
  'date',
  'end_date',
  'office',
  'states',
  'city',
  'title_en',
  'title_ja',
  'type',
  'themes',
  'format',
  'participants',
  'partners',
  'best_practice',
  'summary',
  'cost_yen',
  'best_practice_category',
  'ongoing',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]
const REQUIRED_COLUMNS: CsvColumn[] = ['date', 'office', 'states', 'type', 'format', 'participants']

export interface CellProblem {
  line: number
  /** A column name, or '' for a problem with the whole line. */
  column: string
  key: MessageKey
  params: MessageParams
}

export interface ParsedRow {
  line: number
  data: EventData
  /** Fingerprint of the row's content plus its occurrence in the file: the same file imported twice gives the same keys. */
  sourceKey: string
}

export interface ParseResult {
  rows: ParsedRow[]
  problems: CellProblem[]
  ignoredColumns: string[]
}

const MAX_ECHO = 40
function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value
}

function splitList(cell: string): string[] {
  return cell
    .split(/[;；]/)
    .map((s) => normalizeText(s))
    .filter((s) => s !== '')
}

/** Partners are free text, kept as typed (trimmed), like titles: NFKC would turn ＡＢＣ商事 into ABC商事. */
function splitPartners(cell: string): string[] {
  return cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Length in characters (code points), as the domain schema counts it: 𠮷 and emoji are one each. */
function charCount(s: string): number {
  return s.length <= 1 ? s.length : Array.from(s).length
}

/** Whole numbers written with thousands separators: 1,200 · 12,000 · 1,234,567 (after NFKC: １，２００ too). */
const GROUPED_BY_THREE = /^\d{1,3}(,\d{3})+$/

const DATE_FORMS = DATE_FORM_EXAMPLES.join(', ')

const TRUE = new Set(['true', 'yes', '1', 'y', 'はい'])
const FALSE = new Set(['false', 'no', '0', 'n', 'いいえ', ''])

export interface ParseOptions {
  file: string
  ignoreUnknown?: boolean
  /**
   * Receive rows in batches as they are validated instead of all at the end (a large import writes while
   * the rest of the file is still being checked). Rows passed here are not kept in the result.
   */
  onBatch?: (batch: { rows: ParsedRow[]; problems: CellProblem[] }) => void
  batchSize?: number
  /**
   * The best-practice category codes recorded (BestPracticeCategory), which the column best_practice_category
   * may name; none when omitted, so that any code in the column is refused with its line.
   */
  categories?: readonly string[]
}

/** Parses CSV text (already decoded) into validated events; never throws for a row's content. */
export function parseEventCsv(text: string, options: ParseOptions): ParseResult {
  if (text.trim() === '') throw new AppError('file_empty', { file: options.file })
  // Line numbers are counted here, not taken from csv-parse: its `info.lines` counts a CRLF inside a quoted
  // cell as two lines, which puts every later line number off in files saved on Windows. A record spans one
  // line plus the line breaks inside its cells. Records are taken as they are parsed, so that when the
  // parser fails, `nextLine` is where the failing record starts (for an unclosed quote: where it opens).
  let nextLine = 1
  const records: Array<{ line: number; cells: string[] }> = []
  try {
    parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      max_record_size: 64 * 1024 * 1024,
      on_record: (record: string[]) => {
        const line = nextLine
        nextLine += 1 + record.reduce((n, c) => n + (c.includes('\n') || c.includes('\r') ? (c.match(/\r\n|\r|\n/g)?.length ?? 0) : 0), 0)
        if (!(record.length === 1 && record[0]?.trim() === '')) records.push({ line, cells: record })
        return null
      },
    })
  } catch (e) {
    // csv-parse's own messages are English and name its internals: say it in the user's language instead
    const code = (e as { code?: string }).code ?? ''
    const known: Record<string, MessageKey> = {
      CSV_QUOTE_NOT_CLOSED: 'csv_quote_not_closed',
      CSV_INVALID_CLOSING_QUOTE: 'csv_invalid_closing_quote',
      CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'csv_invalid_closing_quote',
      CSV_MAX_RECORD_SIZE: 'csv_record_too_large',
    }
    throw new AppError(known[code] ?? 'csv_unreadable', { line: nextLine })
  }
  const header = records.shift()
  if (header === undefined) throw new AppError('file_empty', { file: options.file })
  const names = header.cells.map((c) => normalizeText(c).toLowerCase())
  const dupes = names.filter((n, i) => names.indexOf(n) !== i)
  if (dupes.length > 0) throw new AppError('csv_duplicate_columns', { columns: [...new Set(dupes)].join(', ') })
  const known = new Set<string>(CSV_COLUMNS)
  const unknown = names.filter((n) => !known.has(n))
  if (unknown.length > 0 && options.ignoreUnknown !== true) throw new AppError('csv_unknown_columns', { columns: unknown.join(', ') })
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => !names.includes(c))
  if (!names.includes('title_en') && !names.includes('title_ja')) missing.push('title_en / title_ja')
  if (missing.length > 0) throw new AppError('csv_missing_columns', { columns: missing.join(', ') })
  if (records.length === 0) throw new AppError('csv_no_rows', { file: options.file })

  const index = new Map(names.map((n, i) => [n, i]))
  const problems: CellProblem[] = []
  let rows: ParsedRow[] = []
  let sent = 0
  const batchSize = options.batchSize ?? 1000
  const flush = () => {
    if (options.onBatch === undefined) return
    options.onBatch({ rows, problems: problems.slice(sent) })
    sent = problems.length
    rows = []
  }
  const occurrences = new Map<string, number>()
  const lookups = makeLookups(options.categories ?? [])
  for (const rec of records) {
    if (rec.cells.length !== names.length) {
      problems.push({ line: rec.line, column: '', key: 'row_column_count', params: { expected: names.length, found: rec.cells.length } })
      continue
    }
    const cell = (c: CsvColumn): string => {
      const i = index.get(c)
      return i === undefined ? '' : readCell(rec.cells[i] ?? '')
    }
    const result = parseRow(cell, rec.line, lookups)
    if ('problems' in result) {
      problems.push(...result.problems)
      continue
    }
    const fingerprint = createHash('sha256').update(JSON.stringify(canonical(result.data))).digest('hex')
    const n = (occurrences.get(fingerprint) ?? 0) + 1
    occurrences.set(fingerprint, n)
    rows.push({ line: rec.line, data: result.data, sourceKey: `import:${fingerprint.slice(0, 40)}:${n}` })
    if (rows.length >= batchSize) flush()
  }
  flush()
  return { rows, problems, ignoredColumns: unknown }
}

function canonical(d: EventData): unknown[] {
  // partners NFKC-folded, as they were stored before they were kept as typed: a file imported then is still
  // recognised when imported again (the same keys), not duplicated
  const partners = d.partners.map((p) => normalizeText(p))
  return [d.startDate, d.endDate, d.officeCode, d.stateCodes, d.city, d.titleEn, d.titleJa, d.activityType, d.themes, d.format, d.participants, partners, d.bestPractice, d.summary]
}

// "did you mean …?" for the names people misspell most: each name (code, English, Japanese) points at what
// the hint shows (the office code; the state's English name).
const OFFICE_NAMES = new Map(OFFICES.flatMap((o) => [o.code, o.shortEn, o.nameEn, o.shortJa, o.nameJa].map((n) => [n, o.code] as const)))
const STATE_NAMES = new Map(STATES.flatMap((st) => [st.nameEn, st.nameJa].map((n) => [n, st.nameEn] as const)))

function suggest(input: string, names: ReadonlyMap<string, string>): { suggestion?: string } {
  const near = closestMatch(input, [...names.keys()])
  return near === undefined ? {} : { suggestion: names.get(near) ?? near }
}

/** Lookups repeat across rows (the same office, the same states): remember them for one file. */
function memo<T>(find: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>()
  return (s) => {
    let v = cache.get(s)
    if (v === undefined && !cache.has(s)) {
      v = find(s)
      cache.set(s, v)
    }
    return v as T
  }
}

interface Lookups {
  /** The recorded best-practice category codes, sorted. */
  categories: ReadonlySet<string>
  office: typeof findOffice
  state: typeof findState
  type: typeof findActivityType
  theme: typeof findTheme
  format: typeof findFormat
}

function makeLookups(categories: readonly string[]): Lookups {
  return { categories: new Set([...categories].sort()), office: memo(findOffice), state: memo(findState), type: memo(findActivityType), theme: memo(findTheme), format: memo(findFormat) }
}

function parseRow(cell: (c: CsvColumn) => string, line: number, find: Lookups): { data: EventData } | { problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const bad = (column: CsvColumn, key: MessageKey, params: MessageParams = {}) => problems.push({ line, column, key, params })
  const text = (column: CsvColumn, max: number): string | null => {
    const v = cell(column).trim()
    if (v.length > max && charCount(v) > max) {
      bad(column, 'cell_too_long', { length: charCount(v), max })
      return null
    }
    return v === '' ? null : v
  }

  const date = (column: CsvColumn, required: boolean): string | null => {
    const v = normalizeText(cell(column))
    if (v === '') {
      if (required) bad(column, 'cell_required')
      return null
    }
    const parsed = parseDateText(v)
    if (parsed.ok) return parsed.iso
    if (parsed.reason === 'no_such_day') bad(column, 'cell_date_no_such_day', { value: echo(v) })
    else if (parsed.reason === 'serial') bad(column, 'cell_date_serial', { value: echo(v), date: parsed.serialIso, forms: DATE_FORMS })
    else bad(column, 'cell_date', { value: echo(v), forms: DATE_FORMS })
    return null
  }
  const startDate = date('date', true)
  const endDate = date('end_date', false)
  if (startDate !== null && endDate !== null && endDate < startDate) bad('end_date', 'cell_end_before_start', { start: startDate, end: endDate })

  const officeText = normalizeText(cell('office'))
  const office = officeText === '' ? undefined : find.office(officeText)
  if (officeText === '') bad('office', 'cell_required')
  else if (office === undefined) bad('office', 'cell_office', { value: echo(officeText), ...suggest(officeText, OFFICE_NAMES) })

  const stateCodes: string[] = []
  const stateItems = splitList(cell('states'))
  if (stateItems.length === 0) bad('states', 'cell_states_empty')
  for (const s of stateItems) {
    const st = find.state(s)
    if (st === undefined) bad('states', 'cell_state', { value: echo(s), ...suggest(s, STATE_NAMES) })
    else stateCodes.push(st.code)
  }

  const typeText = normalizeText(cell('type'))
  const type = typeText === '' ? undefined : find.type(typeText)
  if (typeText === '') bad('type', 'cell_required')
  else if (type === undefined) bad('type', 'cell_type', { value: echo(typeText), allowed: ACTIVITY_TYPES.map((a) => a.code).join(', ') })

  const themes: string[] = []
  for (const s of splitList(cell('themes'))) {
    const th = find.theme(s)
    if (th === undefined) bad('themes', 'cell_theme', { value: echo(s), allowed: THEMES.map((a) => a.code).join(', ') })
    else themes.push(th.code)
  }

  const formatText = normalizeText(cell('format'))
  const format = formatText === '' ? undefined : find.format(formatText)
  if (formatText === '') bad('format', 'cell_required')
  else if (format === undefined) bad('format', 'cell_format', { value: echo(formatText), allowed: FORMATS.map((a) => a.code).join(', ') })

  const pCell = normalizeText(cell('participants'))
  const pText = pCell.replace(/,/g, '')
  let participants = 0
  if (pText === '') bad('participants', 'cell_required')
  else if (!/^\d+$/.test(pText)) bad('participants', 'cell_participants', { value: echo(pText) })
  // "12,00" is a typo, not 1200: separators must group the digits by three
  else if (pCell.includes(',') && !GROUPED_BY_THREE.test(pCell)) bad('participants', 'cell_participants_grouping', { value: echo(pCell) })
  else {
    participants = Number(pText)
    if (participants > LIMITS.participants) bad('participants', 'cell_participants_max', { value: pText, max: formatNumber(LIMITS.participants) })
  }

  // optional cost in whole yen: '', 208000, 208,000, ２０８０００, ¥208,000, 208,000円
  const cCell = normalizeText(cell('cost_yen')).trim().replace(/^[¥￥]/, '').replace(/円$/, '')
  const cText = cCell.replace(/,/g, '')
  let costYen: number | undefined
  if (cText !== '') {
    if (!/^\d+$/.test(cText) || (cCell.includes(',') && !GROUPED_BY_THREE.test(cCell)) || Number(cText) > LIMITS.costYen) {
      bad('cost_yen', 'cell_cost', { value: echo(cCell), max: LIMITS.costYen.toLocaleString('en-US') })
    } else costYen = Number(cText)
  }

  const partners = splitPartners(cell('partners'))
  if (partners.length > LIMITS.partners) bad('partners', 'cell_too_many', { count: partners.length, max: LIMITS.partners })
  for (const p of partners) if (p.length > LIMITS.partner && charCount(p) > LIMITS.partner) bad('partners', 'cell_too_long', { length: charCount(p), max: LIMITS.partner })

  const bpText = normalizeText(cell('best_practice')).toLowerCase()
  let bestPractice = false
  if (TRUE.has(bpText)) bestPractice = true
  else if (!FALSE.has(bpText)) bad('best_practice', 'cell_bool', { value: echo(bpText) })

  // the category by its code (case and width as typed do not matter); only a best practice has one
  const categoryText = normalizeText(cell('best_practice_category')).toLowerCase()
  let bestPracticeCategory: string | null = null
  if (categoryText !== '') {
    if (!find.categories.has(categoryText)) bad('best_practice_category', 'cell_category', { value: echo(categoryText), allowed: [...find.categories].join(', ') })
    // (a best_practice cell that is neither true nor false is named already)
    else if (!bestPractice && FALSE.has(bpText)) bad('best_practice_category', 'cell_category_without_best_practice')
    else bestPracticeCategory = categoryText
  }
  const ongoingText = normalizeText(cell('ongoing')).toLowerCase()
  const ongoing = TRUE.has(ongoingText)
  if (!ongoing && !FALSE.has(ongoingText)) bad('ongoing', 'cell_bool', { value: echo(ongoingText) })

  const titleEn = text('title_en', LIMITS.title)
  const titleJa = text('title_ja', LIMITS.title)
  if (cell('title_en').trim() === '' && cell('title_ja').trim() === '') bad('title_en', 'cell_title_required')
  const city = text('city', LIMITS.city)
  const summary = text('summary', LIMITS.summary)

  if (problems.length > 0) return { problems }
  const parsed = eventInputSchema.safeParse({
    startDate,
    endDate,
    officeCode: office?.code,
    stateCodes,
    city,
    titleEn,
    titleJa,
    activityType: type?.code,
    themes,
    format: format?.code,
    participants,
    partners,
    bestPractice,
    bestPracticeCategory,
    ongoing,
    summary,
    ...(costYen === undefined ? {} : { costYen }),
  })
  if (!parsed.success) {
    // every rule above mirrors the schema; this is a backstop that still names the line
    return { problems: parsed.error.issues.map((i) => ({ line, column: String(i.path[0] ?? ''), key: 'cell_required' as const, params: {} })) }
  }
  return { data: parsed.data }
}

/**
 * A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a CR, after any quotes) is
 * written with one more leading ' — Excel shows the text instead of running it — and read back without it
 * (readCell), so export → import → export stays exact: a value that already starts with quotes before such a
 * character gets one more quote on the way out and loses one on the way in.
 */
const RUNS_AS_FORMULA = /^'*[=+\-@\t\r]/
const PROTECTED = /^'+[=+\-@\t\r]/

/** A cell as written to the file (see RUNS_AS_FORMULA). */
export function writeCell(value: string): string {
  return RUNS_AS_FORMULA.test(value) ? `'${value}` : value
}

/** A cell as read from the file: the quote writeCell added is removed. */
export function readCell(cell: string): string {
  return PROTECTED.test(cell) ? cell.slice(1) : cell
}

/** Events as CSV in the import format: UTF-8 with a byte-order mark (so Excel reads Japanese), CRLF lines. */
export function formatEventCsv(events: Iterable<EventData>, options: { bom?: boolean } = {}): string {
  const rows: string[][] = [Array.from(CSV_COLUMNS)]
  for (const e of events) rows.push(toCells(e).map(writeCell))
  const body = stringify(rows, { record_delimiter: '\r\n' })
  return (options.bom === false ? '' : '\uFEFF') + body
}

export function toCells(e: EventData): string[] {
  return [
    e.startDate,
    e.endDate ?? '',
    e.officeCode,
    e.stateCodes.join(';'),
    e.city ?? '',
    e.titleEn ?? '',
    e.titleJa ?? '',
    e.activityType,
    e.themes.join(';'),
    e.format,
    String(e.participants),
    e.partners.join(';'),
    e.bestPractice ? 'true' : 'false',
    e.summary ?? '',
    e.costYen == null ? '' : String(e.costYen),
    e.bestPracticeCategory ?? '',
    e.ongoing === true ? 'true' : 'false',
  ]
}
