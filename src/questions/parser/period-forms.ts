// More period forms, read for period.ts (findPeriods, takePastYears):
// - quarters and halves of a fiscal year: "Q2 of FY2021", "FY2022 Q1", "first half of FY2022", "H2 FY2022",
//   2021年度第3四半期, 令和4年度上半期, 2022年度下期, 今年度第1四半期. The fiscal year starts on April 1: Q1 = Apr–Jun,
//   Q2 = Jul–Sep, Q3 = Oct–Dec, Q4 = Jan–Mar of the next calendar year; H1 = Apr–Sep, H2 = Oct–Mar. A quarter
//   with a bare year ("Q2 2022", 2022年第2四半期) may be the calendar quarter: left unused (named). A quarter with
//   no year at all is the latest such quarter begun by the as-of date, kept relative (fy_part_relative) and
//   stated as an assumption (latest_fy_part) — the rule months without a year follow; when the question names
//   another fiscal year elsewhere, it is left unused.
// - era calendar dates: 令和4年5月, 平成31年4月30日, R4年6月, R4.6, 令和元年5月, 令和元年 (2019-05-01..2019-12-31),
//   平成31年 (2019-01-01..2019-04-30), H30年; a date outside its era (令和0年, 平成32年, 令和元年4月) is left unused.
// - numeric months: 2022/4, 2022-04 (and ranges of them, 2022/4〜2022/6, "2022-04 to 2022-06").
// - rolling windows ending at the as-of date: "the last 60 days", "past 2 weeks", 過去3か月, 直近6か月間.
// - open ends on a single day, month, calendar year or quarter (openRange): since/以降/以後/以来/から → from it
//   (inclusive); after/より後 → from the day after it; until/through/up to/まで/以前 → to its end (inclusive);
//   before/prior to/より前 → to the day before it. English "from" with no end opens a range from a day ("events from
//   2022-07-01"); before a month or a year it keeps that period itself, as "from FY2022" does.
import { addDays, ERAS, currentFiscalYear, findFiscalYearsIn } from '../../domain/fiscal-year.ts'
import { fyPartDates } from '../execute/periods.ts'
import type { FyPart, Period } from '../slots.ts'
import type { Scan } from './scan.ts'

const pad2 = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** A span of concrete dates read from the question, with where it was read. */
export interface DateUnit {
  from: string
  to: string
  start: number
  end: number
  /** 令和元年 (an era's year, not a fiscal year): 暦年 said of it is used by it. */
  calendarYear?: true
}

// ---- quarters and halves -------------------------------------------------------------------------

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, 一: 1, 二: 2, 三: 3, 四: 4 }

const PART =
  /(?<![a-z0-9])(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th) (?:fiscal )?quarter|h([12])|(first|second|1st|2nd) half)(?![a-z0-9])|第 ?([1-4一二三四]) ?四半期|([上下])半期|(?<![以今前後])([上下])期(?!間)/g

// A fiscal year written relatively, next to a quarter: 今年度第1四半期, "Q3 of last FY".
const RELATIVE_FY: readonly [RegExp, number][] = [
  [/^(?:前々年度|一昨年度)$/, -2],
  [/^(?:今年度|本年度|当年度|this (?:fiscal year|financial year|fy)|the current (?:fiscal year|fy)|current (?:fiscal year|fy))$/, 0],
  [/^(?:昨年度|前年度|last (?:fiscal year|financial year|fy)|the previous (?:fiscal year|fy)|previous (?:fiscal year|fy))$/, -1],
]
const RELATIVE_FY_BEFORE = /(前々年度|一昨年度|今年度|本年度|当年度|昨年度|前年度|this (?:fiscal year|financial year|fy)|last (?:fiscal year|financial year|fy))\s*(?:の)?\s*$/
const RELATIVE_FY_AFTER = /^\s*(?:of|in|for)?\s*(?:the\s+)?(this (?:fiscal year|financial year|fy)|the current (?:fiscal year|fy)|current (?:fiscal year|fy)|last (?:fiscal year|financial year|fy)|the previous (?:fiscal year|fy)|previous (?:fiscal year|fy))(?![a-z])/
const FY_BEFORE_PART = /^\s*(?:の|,)?\s*$/
const FY_AFTER_PART = /^\s*(?:,|of|in|for|[（(])?\s*(?:the\s+)?$/

function partOf(groups: (string | undefined)[]): FyPart | undefined {
  const [q, q2, qWord, h, hWord, qJa, hJa, hJa2] = groups
  const quarter = q ?? q2 ?? (qWord ? String(ORDINAL[qWord]) : undefined) ?? (qJa ? String(ORDINAL[qJa] ?? qJa) : undefined)
  if (quarter !== undefined) return `q${quarter}` as FyPart
  const half = h ?? (hWord ? String(ORDINAL[hWord]) : undefined)
  if (half !== undefined) return `h${half}` as FyPart
  const ja = hJa ?? hJa2
  if (ja !== undefined) return ja === '上' ? 'h1' : 'h2'
  return undefined
}

export interface PartMention {
  period: Period
  start: number
  end: number
  /** A quarter with no fiscal year: read as the latest begun by the as-of date (an assumption). */
  latest: boolean
  /** Its dates, when the fiscal year is given (for an open end: "since Q2 of FY2021"). */
  unit?: DateUnit
  /** "Q2 2022", 2022年第3四半期: a bare year, so the calendar quarter (or half) of these dates may be meant. */
  calendarPart?: { from: string; to: string; label: { en: string; ja: string } }
}

/** The calendar quarter or half of a year: Q2 2022 = 2022-04-01 – 2022-06-30, H2 2022 = 2022-07-01 – 2022-12-31. */
function calendarPartOf(year: number, part: FyPart): { from: string; to: string; label: { en: string; ja: string } } {
  const q = /^q([1-4])$/.exec(part)
  const [first, last] = q ? [3 * Number(q[1]) - 2, 3 * Number(q[1])] : part === 'h1' ? [1, 6] : [7, 12]
  const pad = (n: number) => String(n).padStart(2, '0')
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate()
  const name = q ? { en: `Q${q[1]}`, ja: `第${q[1]}四半期` } : part === 'h1' ? { en: 'first half', ja: '上半期' } : { en: 'second half', ja: '下半期' }
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay)}`,
    label: { en: `Calendar ${year} ${name.en} (${MONTHS_EN[first - 1]} – ${MONTHS_EN[last - 1]} ${year})`, ja: `${year}年${name.ja}（${year}年${first}月〜${last}月）` },
  }
}
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

// A quarter or half said to be of a calendar year ("Q1 of calendar 2022", "calendar Q1 2022", "CY2022 Q3",
// "calendar year 2022 H2", 暦年2022年の第1四半期, 2022年（暦年）第1四半期): its dates, never a fiscal quarter.
const CAL_PART_NAME = String.raw`(?:q([1-4])|h([12])|(first|second) half)`
const CALENDAR_PART = new RegExp(
  String.raw`(?<![a-z0-9])(?:${CAL_PART_NAME}\s+(?:of\s+)?(?:the\s+)?(?:calendar(?:\s+year)?|cy)\s*(\d{4})|calendar(?:\s+year)?\s+${CAL_PART_NAME}\s+(?:of\s+)?(\d{4})|(?:calendar(?:\s+year)?|cy)\s*(\d{4})(?:'s)?\s+${CAL_PART_NAME})(?![a-z0-9])` +
    String.raw`|(?:暦年\s*(\d{4})\s*年|(\d{4})\s*年\s*[（(]\s*暦年\s*[）)]|(\d{4})\s*暦年)\s*(?:の)?\s*(?:第\s*([1-4])\s*四半期|([上下])半期)`,
  'g',
)

/** Calendar quarters and halves, consumed, as their dates. */
export function takeCalendarParts(scan: Scan): Array<{ period: Period; start: number; end: number }> {
  const out: Array<{ period: Period; start: number; end: number }> = []
  for (const m of scan.take(CALENDAR_PART)) {
    const g = m.groups
    const pick = (...i: number[]) => i.map((k) => g[k]).find((x) => x !== undefined)
    const year = Number(pick(3, 7, 8, 12, 13, 14))
    const q = pick(0, 4, 9, 15)
    const h = pick(1, 5, 10)
    const half = pick(2, 6, 11)
    const ja = g[16]
    const part: FyPart | undefined = q !== undefined ? (`q${q}` as FyPart) : h !== undefined ? (`h${h}` as FyPart) : half !== undefined ? (half === 'first' ? 'h1' : 'h2') : ja !== undefined ? (ja === '上' ? 'h1' : 'h2') : undefined
    if (part === undefined || !Number.isInteger(year)) continue
    const c = calendarPartOf(year, part)
    out.push({ period: { kind: 'dates', from: c.from, to: c.to }, start: m.start, end: m.end })
  }
  return out
}

/** Between two parts of one fiscal year: "vs", "and", "compared with", と, 対. */
const PART_JOIN = /^\s*(?:(?:vs\.?|versus|and|or|compared (?:with|to)|against|to)\s+(?:the\s+)?|と|対|、|・|,\s*)$/

/**
 * Quarters and halves of fiscal years, consumed with their fiscal year. A part next to a bare year ("Q2
 * 2022"), or with no year in a question naming a fiscal year elsewhere, is left unused (so it is named).
 */
export function takeFyParts(scan: Scan, asOf: string): PartMention[] {
  const found = scan.take(PART, { keep: true })
  if (found.length === 0) return []
  const fys = findFiscalYearsIn(scan.cased)
  const out: PartMention[] = []
  const waiting: { m: (typeof found)[number]; part: FyPart }[] = []
  const current = currentFiscalYear(asOf)
  for (const m of found) {
    const part = partOf(m.groups)
    if (!part) continue
    const lower = scan.lower
    // a fiscal year right before ("FY2022 Q1", 2021年度の第3四半期) or right after ("Q2 of FY2021")
    const before = fys.find((f) => f.end <= m.start && FY_BEFORE_PART.test(lower.slice(f.end, m.start)))
    const after = fys.find((f) => f.start >= m.end && FY_AFTER_PART.test(lower.slice(m.end, f.start)))
    const fy = before ?? after
    if (fy) {
      const start = Math.min(fy.start, m.start)
      if (!fy.explicit) {
        // "Q2 2022": the calendar quarter or the fiscal one, asked back (confidence.ts askFiscalOrCalendarPart)
        scan.consume(start, Math.max(fy.end, m.end))
        out.push({ period: { kind: 'fy_part', fy: fy.fy, part }, start, end: Math.max(fy.end, m.end), latest: false, calendarPart: calendarPartOf(fy.fy, part) })
        continue
      }
      // 第2四半期（2022年度）: the year in brackets after the part, its closing bracket with it
      const bracket = fy === after && /[（(]/.test(lower.slice(m.end, fy.start)) ? /^\s*[）)]/.exec(lower.slice(fy.end)) : null
      const end = Math.max(fy.end, m.end) + (bracket?.[0].length ?? 0)
      scan.consume(start, end)
      const { from, to } = fyPartDates(fy.fy, part)
      out.push({ period: { kind: 'fy_part', fy: fy.fy, part }, start, end, latest: false, unit: { from, to, start, end } })
      continue
    }
    const relBefore = RELATIVE_FY_BEFORE.exec(lower.slice(Math.max(0, m.start - 40), m.start))
    const relAfter = RELATIVE_FY_AFTER.exec(lower.slice(m.end, m.end + 40))
    const rel = relBefore ?? relAfter
    if (rel) {
      const word = (rel[1] ?? '').trim()
      const offset = RELATIVE_FY.find(([re]) => re.test(word))?.[1]
      if (offset === undefined) continue
      const start = relBefore ? m.start - (relBefore[0].length) : m.start
      const end = relAfter ? m.end + relAfter[0].length : m.end
      scan.consume(start, end)
      out.push({ period: { kind: 'fy_part_relative', offset, part }, start, end, latest: false })
      continue
    }
    // "first half of FY2022 vs second half", 2022年度上半期と下半期: the second part, joined straight to a part
    // of the question's one fiscal year, is of that year too
    const previous = out.at(-1)
    if (fys.length === 1 && previous?.period.kind === 'fy_part' && previous.period.fy === fys[0]?.fy && PART_JOIN.test(lower.slice(previous.end, m.start))) {
      const fy = previous.period.fy
      scan.consume(previous.end, m.end)
      const { from, to } = fyPartDates(fy, part)
      out.push({ period: { kind: 'fy_part', fy, part }, start: m.start, end: m.end, latest: false, unit: { from, to, start: m.start, end: m.end } })
      continue
    }
    if (fys.length > 0) {
      // another fiscal year in the question: which one is meant is not said — unless the part is joined straight
      // to a part of the question's one fiscal year ("first half vs second half of FY2021"): read after the loop
      if (fys.length === 1) waiting.push({ m, part })
      continue
    }
    // no year: the latest such part begun by the as-of date
    const offset = fyPartDates(current, part).from <= asOf ? 0 : -1
    scan.consume(m.start, m.end)
    out.push({ period: { kind: 'fy_part_relative', offset, part }, start: m.start, end: m.end, latest: true })
  }
  // "first half vs second half of FY2021", 上期と2021年度下期: a part with no year, joined straight to the next
  // part, which has the question's one fiscal year after it, is of that year too
  for (const { m, part } of waiting) {
    const next = out.find((o) => o.period.kind === 'fy_part' && o.start >= m.end && o.unit !== undefined && PART_JOIN.test(scan.lower.slice(m.end, o.start)))
    if (next === undefined || next.period.kind !== 'fy_part' || next.period.fy !== fys[0]?.fy) continue
    const fy = next.period.fy
    scan.consume(m.start, next.start)
    const { from, to } = fyPartDates(fy, part)
    out.push({ period: { kind: 'fy_part', fy, part }, start: m.start, end: m.end, latest: false, unit: { from, to, start: m.start, end: m.end } })
  }
  return out.sort((a, b) => a.start - b.start)
}

// ---- era calendar dates and numeric months ---------------------------------------------------------

const ERA_TOKEN = String.raw`(令和|平成|昭和|(?<![a-z0-9])[rhs]) ?(\d{1,2}|元)`
const ERA_DAY = new RegExp(String.raw`${ERA_TOKEN} ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日`, 'g')
// 令和4年5月, 令和4年4月〜6月 (a month range within the era year)
// 令和4年5月, 令和4年4月〜6月, 平成31年1月から4月まで (the まで closing a range is the range's, never an open end)
const ERA_MONTH = new RegExp(String.raw`${ERA_TOKEN} ?年 ?(\d{1,2}) ?(?:月(?! ?\d)|(?= ?(?:から|~|〜|-|–|—) ?\d{1,2} ?月(?! ?\d)))(?: ?(?:から|~|〜|-|–|—) ?(\d{1,2}) ?月(?! ?\d)(?: ?(?:まで|迄))?)?`, 'g')
// R4.6 (the era's short form with a dot)
const ERA_DOT_MONTH = /(?<![a-z0-9])([rhs])(\d{1,2})\.(\d{1,2})(?![\d.])/g
const ERA_YEAR = new RegExp(String.raw`${ERA_TOKEN} ?年(?! ?度)(?! ?\d)`, 'g')
// 2022/4, 2022-04 (not part of a full date, read before)
const NUMERIC_MONTH = /(?<![\d/.-])(\d{4})[/-](\d{1,2})(?![\d]|[/-]\d)/g

const ERA_END: Record<string, string> = { showa: '1989-01-07', heisei: '2019-04-30', reiwa: '9999-12-31' }

/** An era year's western year and the days of the era, or undefined (令和0年, 平成32年, an unknown era). */
function eraYear(token: string, yearToken: string): { year: number; start: string; end: string } | undefined {
  const era = ERAS.find((e) => e.nameJa === token || e.letter === token.toUpperCase())
  if (!era) return undefined
  const n = yearToken === '元' ? 1 : Number(yearToken)
  if (!Number.isInteger(n) || n < 1) return undefined
  const year = era.offset + n
  const end = ERA_END[era.code] ?? '9999-12-31'
  if (`${year}-01-01` > end || `${year}-12-31` < era.start) return undefined
  return { year, start: era.start, end }
}

/** The part of [from, to] inside the era; undefined when none of it is (平成31年5月, 令和元年4月). */
function within(from: string, to: string, era: { start: string; end: string }): { from: string; to: string } | undefined {
  const a = from > era.start ? from : era.start
  const b = to < era.end ? to : era.end
  return a <= b ? { from: a, to: b } : undefined
}

const validMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12
const validYear = (y: number) => Number.isInteger(y) && y >= 1989 && y <= 2100

/**
 * Era calendar days, months and years, and numeric months (2022/4, 2022-04), as date units, consumed. An
 * impossible one (令和0年, 平成32年, 2022/13, 令和元年4月) is not taken: its words stay unused and are named.
 */
export function takeDateUnits(scan: Scan): DateUnit[] {
  const units: DateUnit[] = []
  scan.take(ERA_DAY, {
    accept: (m) => {
      const [era, y, mo, d] = m.groups
      const e = eraYear(era ?? '', y ?? '')
      const month = Number(mo)
      const day = Number(d)
      if (!e || !validMonth(month) || day < 1 || day > lastDay(e.year, month)) return false
      const iso = `${e.year}-${pad2(month)}-${pad2(day)}`
      if (!within(iso, iso, e)) return false
      units.push({ from: iso, to: iso, start: m.start, end: m.end })
      return true
    },
  })
  // a month (or months m1..m2) of year y; in an era, both end months must be of it (平成31年5月, 令和元年4月 are
  // not) and the days outside it are left out (平成元年1月 = 1989-01-08..1989-01-31)
  const month = (y: number, m1: number, m2: number, e: { start: string; end: string } | undefined, start: number, end: number): boolean => {
    if (!validMonth(m1) || !validMonth(m2) || m2 < m1) return false
    const span = { from: `${y}-${pad2(m1)}-01`, to: `${y}-${pad2(m2)}-${pad2(lastDay(y, m2))}` }
    if (e) {
      const firstOk = within(span.from, `${y}-${pad2(m1)}-${pad2(lastDay(y, m1))}`, e)
      const lastOk = within(`${y}-${pad2(m2)}-01`, span.to, e)
      const inEra = within(span.from, span.to, e)
      if (!firstOk || !lastOk || !inEra) return false
      units.push({ ...inEra, start, end })
      return true
    }
    units.push({ ...span, start, end })
    return true
  }
  scan.take(ERA_MONTH, {
    accept: (m) => {
      const [era, y, m1, m2] = m.groups
      const e = eraYear(era ?? '', y ?? '')
      if (!e) return false
      return month(e.year, Number(m1), Number(m2 ?? m1), e, m.start, m.end)
    },
  })
  scan.take(ERA_DOT_MONTH, {
    accept: (m) => {
      const [era, y, m1] = m.groups
      const e = eraYear(era ?? '', y ?? '')
      if (!e) return false
      return month(e.year, Number(m1), Number(m1), e, m.start, m.end)
    },
  })
  scan.take(ERA_YEAR, {
    accept: (m) => {
      const [era, y] = m.groups
      const e = eraYear(era ?? '', y ?? '')
      if (!e) return false
      const span = within(`${e.year}-01-01`, `${e.year}-12-31`, e)
      if (!span) return false
      units.push({ ...span, start: m.start, end: m.end, calendarYear: true })
      return true
    },
  })
  scan.take(NUMERIC_MONTH, {
    accept: (m) => {
      const y = Number(m.groups[0])
      if (!validYear(y)) return false
      return month(y, Number(m.groups[1]), Number(m.groups[1]), undefined, m.start, m.end)
    },
  })
  return units.sort((a, b) => a.start - b.start)
}

// ---- rolling windows -----------------------------------------------------------------------------

const COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const RECENT = new RegExp(
  [
    String.raw`(?<![a-z])(?:last|past|previous|prior|recent|preceding)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(days?|weeks?|months?)(?![a-z])`,
    String.raw`(?:過去|直近|最近|ここ)\s*(\d{1,3}|[一二三四五六七八九十])\s*(日間?|週間|か月間?|カ月間?|ヶ月間?|ケ月間?|ヵ月間?|箇月間?)`,
    // half a year is six months: 直近半年, 過去半年間, "the last half year"
    String.raw`(?:過去|直近|最近|ここ)\s*(?:の)?\s*(半年)(?:間)?|(?<![a-z])(?:the\s+)?(?:last|past|previous|recent)\s+(half[- ]year)(?![a-z])`,
  ].join('|'),
  'g',
)

/** "the last 60 days", 過去3か月: a window ending at the as-of date, kept relative ({ kind: 'recent' }). */
export function takeRecent(scan: Scan): { period: Period; start: number; end: number }[] {
  const out: { period: Period; start: number; end: number }[] = []
  scan.take(RECENT, {
    accept: (m) => {
      const [nEn, unitEn, nJa, unitJaWord, halfJa, halfEn] = m.groups
      if (halfJa !== undefined || halfEn !== undefined) {
        out.push({ period: { kind: 'recent', n: 6, unit: 'months' }, start: m.start, end: m.end })
        return true
      }
      const unitJa = unitJaWord
      const raw = nEn ?? nJa ?? ''
      const n = COUNT[raw] ?? Number(raw)
      const word = unitEn ?? unitJa ?? ''
      const unit = /^day|^日/.test(word) ? 'days' : /^week|^週/.test(word) ? 'weeks' : 'months'
      if (!Number.isInteger(n) || n < 1 || n > 400) return false
      // "the last 3 days" is read; "the last 0 days" or 1000 days stay unused
      out.push({ period: { kind: 'recent', n, unit }, start: m.start, end: m.end })
      return true
    },
  })
  return out
}

// ---- open ends -----------------------------------------------------------------------------------

const OPEN_AFTER_WORDS = /^\s*(?:(以降|以後|以来|から(?! ?[\d令平昭]))|(より後|よりも後|の後|より先)|(以前|まで|迄)|(より前|よりも前)|(onwards?|and later|or later|and after|or after)|(and earlier|or earlier|and before|or before))/
const FROM_DAY = /(?:(from))\s*$/
const OPEN_BEFORE_WORDS = /(?:(since|starting(?: (?:in|from|on))?|beginning(?: (?:in|on))?|on or after)|(after)|(until|till|through|thru|up to and including|up to and incl\.?|up to|up until|through and including|on or before|by the end of|as of the end of|no later than)|(before|prior to|earlier than))\s*(?:the\s+)?$/

/**
 * An open end on a single unit: the period from (or to) it, with the words used consumed, or undefined when no
 * open-end word touches it. The end the question leaves open runs to the as-of date or from the first event.
 */
export function openRange(scan: Scan, unit: DateUnit): { period: Period; start: number; end: number } | undefined {
  const lower = scan.lower
  const after = OPEN_AFTER_WORDS.exec(lower.slice(unit.end, unit.end + 16))
  const beforeText = lower.slice(Math.max(0, unit.start - 40), unit.start)
  // "from 2022-07-01" with no end runs from that day; "from May 2022" stays the month (as "from FY2022" the year)
  const before = OPEN_BEFORE_WORDS.exec(beforeText) ?? (unit.from === unit.to ? FROM_DAY.exec(beforeText) : null)
  // since/以降 (inclusive), after (from the next day), until/まで/以前 (inclusive), before/より前 (to the day before)
  let kind: 'since' | 'after' | 'until' | 'before' | undefined
  if (after) kind = after[1] || after[5] ? 'since' : after[2] ? 'after' : after[3] || after[6] ? 'until' : 'before'
  let kindBefore: typeof kind
  if (before) kindBefore = before[1] ? 'since' : before[2] ? 'after' : before[3] ? 'until' : 'before'
  if (kind && kindBefore && kind !== kindBefore) return undefined // "since … まで": no single reading
  const k = kind ?? kindBefore
  if (!k) return undefined
  let start = unit.start
  let end = unit.end
  if (after) {
    end = unit.end + after[0].length
    scan.consume(unit.end, end)
  }
  if (before) {
    start = unit.start - beforeText.length + before.index
    scan.consume(start, unit.start)
  }
  const period: Period =
    k === 'since'
      ? { kind: 'dates_since', from: unit.from }
      : k === 'after'
        ? { kind: 'dates_since', from: addDays(unit.to, 1) }
        : k === 'until'
          ? { kind: 'dates_until', to: unit.to }
          : { kind: 'dates_until', to: addDays(unit.from, -1) }
  return { period, start, end }
}
