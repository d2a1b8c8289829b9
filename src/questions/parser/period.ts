// Periods: fiscal years in every usual form (2022年度, 令和4年度, R4, 平成30年度, FY22, FY2022), relative
// fiscal years (今年度, 昨年度, 前々年度, this FY, last fiscal year), ranges and open ranges (2017年度以降,
// since FY2017, FY2017–FY2022), calendar years and months (2022年, May 2022, 2022年5月から7月), exact
// dates, relative months (今月, last month: resolved against the as-of date) and cumulative words (累計,
// so far). A bare year ("in 2022") is read as the fiscal year, and the result says so.
// "the last N years" / 過去N年間 / 直近N年度 is the N fiscal years ending with the current (in-progress) one
// (takePastYears, read before any list length so "last 3 years" is never "the last 3 events").
import { currentFiscalYear, findFiscalYearsIn, fiscalYearOf } from '../../domain/fiscal-year.ts'
import { fyPartDates, recentFrom, resolvePeriod } from '../execute/periods.ts'
import type { Period } from '../query.ts'
import { openRange, takeCalendarParts, takeDateUnits, takeFyParts, takeRecent, type DateUnit } from './period-forms.ts'
import type { Scan } from './scan.ts'
import { MONTHS, RANGE_CONNECTOR, isoDate, monthEnd, monthStart, takeDaysWithoutIsoYear, validMonth, validYear } from './period-days.ts'

export interface PeriodMention {
  period: Period
  start: number
  /** End of the words read (exclusive), for naming a period the query cannot use. */
  end: number
  /** Read from a bare year or "this year": the fiscal-year reading is an assumption. */
  yearAsFy: boolean
  /** "between FY2021 and FY2022": a range that a comparison word turns into two years. */
  joinedByAnd?: [number, number]
  /** A quarter or half with no fiscal year, read as the latest begun by the as-of date (an assumption). */
  latestPart?: boolean
  /** The dates of a single day, month, calendar year or quarter, which an open-end word may open. */
  unit?: DateUnit
  /** A month said with no year of its own ("in March"): read as a month of a fiscal year said beside it. */
  monthOfYear?: number
  /** "this year", 去年, "3 years ago" (a year, not a fiscal year): the calendar year it may also mean. */
  calendarYear?: number
  /** "Q2 2022" (a bare year): the calendar part it may also mean, asked back (confidence.ts askFiscalOrCalendarPart). */
  calendarPart?: { from: string; to: string; label: { en: string; ja: string } }
  /** "the last 3 years", 過去3年間 (N ≥ 2): which N years is asked back (confidence.ts askWhichPastYears). */
  pastYears?: { n: number; fiscal: boolean }
}

export interface PeriodFindings {
  mentions: PeriodMention[]
  /** 累計, so far, cumulative, ever. */
  cumulative: boolean
  /** 前年度比, year-on-year, "compared with the previous year": compare with the year before. */
  previousYear: boolean
  /** Where the previous-year words were read (to name them when no single period goes with them). */
  previousYearSpans: { start: number; end: number }[]
  /** 来年度, next year: a question about the future, which no recorded event answers. */
  future: boolean
}

function datesPeriod(from: string, to: string): Period {
  return from <= to ? { kind: 'dates', from, to } : { kind: 'dates', from: to, to: from }
}

const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g
const FULL_DATE = /(?<!\d)(\d{4})(?:-(\d{1,2})-(\d{1,2})|\/(\d{1,2})\/(\d{1,2})|年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日)/g
// 2022年4月, 2022年4月〜6月, and 2022年10〜12月 (the first 月 left out before a range)
const JA_MONTH = /(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?(?:月|(?= ?(?:から|~|〜|-|–|—) ?(?:\d{4} ?年 ?)?\d{1,2} ?月))(?: ?(?:から|~|〜|-|–|—|より) ?(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月)?/g
const EN_MONTH = /(?<![a-z])(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])(?:,? ?(\d{4})(?!\d))?/g
const MONTH_PREP = /(?:^|[^a-z])(?:in|from|since|during|of|between|to|until|through|and|for)\s*$/
const RANGE_BETWEEN = /^\s*(?:-|–|—|~|〜|to|through|thru|until|till|and)\s*$/
const UNTIL_TODAY = /(?<![a-z])(?:through|thru|until|till|to|up to|up until)\s+(?:today|now|the present|date|this day)(?![a-z])|(?:今日|本日|現在|現時点|今)\s*まで/g
const NAMED_YEAR_INCLUSIVE = /[（(]\s*(\d{4})\s*年度\s*(?:を|も)?\s*含(?:む|める|めて|みます|んで)?\s*[）)]|\(\s*(?:including|incl\.?|inclusive of)\s+(?:fy\s*|fiscal year\s+)(\d{4})\s*\)/g
const CAL_YEAR_JA = /(?<![\d.,])(\d{4}) ?年(?! ?度)(?! ?\d)(?:中)?/g
const CAL_YEAR_EN = /calendar(?: year)? (\d{4})(?!\d)|(?<![a-z])cy ?(\d{4})(?!\d)|(\d{4}) calendar year|(\d{4})\s*\(\s*calendar(?: year)?\s*\)/g
const GLOSS_DASH = String.raw`\s*(?:-|–|—|~|〜|to|through|から)\s*`
const CALENDAR_GLOSS = new RegExp(String.raw`\(\s*(?:jan(?:uary)?\.?|1 ?月)${GLOSS_DASH}(?:dec(?:ember)?\.?|12 ?月)(?:まで)?(?:\s*[,、]\s*(?:not (?:the )?fiscal(?: year)?|年度ではなく))?\s*\)`, 'g')
const FISCAL_GLOSS = new RegExp(String.raw`\(\s*(?:apr(?:il)?\.?|4 ?月)${GLOSS_DASH}(?:mar(?:ch)?\.?|3 ?月)(?:まで)?\s*\)`, 'g')
// (not a breakdown by calendar year, which no query has: 暦年別, "by calendar year" are named)
const CALENDAR_WORD = /暦年(?!\s*(?:別|ごと|毎))|(?<![a-z])(?<!(?:by|per|each|every)\s+)calendar(?: years?)?(?![a-z])/g
/** "…, not fiscal", 年度ではなく: a calendar year said not to be the fiscal one (consumed only beside a calendar year). */
const NOT_FISCAL = /(?<![a-z])(?:calendar(?: year)?,?\s+)?not\s+(?:the\s+)?fiscal(?:\s+year)?(?![a-z])|(?:暦年(?:で)?[、,]?\s*)?年度ではなく(?:暦年(?:で)?)?/g
const THIS_MONTH = /今月|this month|current month/g
const LAST_MONTH = /先月|前月|last month|previous month/g
// The three-month quarter the as-of date is in, or the one before it: a fiscal quarter (April–June …) and a
// calendar quarter share their dates, so "last quarter" / 前四半期 needs no question back
const THIS_QUARTER = /今四半期|当四半期|(?<![a-z])(?:this|current) quarter(?![a-z])/g
const LAST_QUARTER = /前四半期|先四半期|(?<![a-z])(?:last|previous|prior) quarter(?![a-z])/g
const FUTURE = /来年度|来年|来期|次年度|翌年度|next (?:fiscal )?year|next fy|(?:will|going to) (?:we )?(?:hold|have|do|run)|will there be|(?:is|are) there going to be|predict|projection|見込み|予測/
const PREVIOUS_YEAR =
  /前年度比|前年比|対前年度|対前年|前年同期比|前年度と比べ(?:て|た|ると)?|前年度と比較(?:して|した)?|year[- ]on[- ]year|year[- ]over[- ]year|(?<![a-z])yoy(?![a-z])|(?:compared? (?:with|to)|than|versus|vs\.?|against) (?:the )?(?:previous|prior|preceding) (?:fiscal )?year/g

// "the year before", "the prior year", "a year earlier", 前の年度, 前年度: the fiscal year before ANOTHER period
// of the question ("FY2022 vs the year before" → FY2021 and FY2022). With no other period they fall back to
// the year before this one, like "previous year" always did. "the year before last" is two years back
// (RELATIVE), never this.
const YEAR_BEFORE =
  /(?:(?:the|a|one|that) )?(?:fiscal year|financial year|fy|year) (?:before(?! last)|earlier|prior)(?![a-z])|(?:(?:the|that) )?(?:previous|prior|preceding) (?:fiscal year|financial year|fy|year)(?![a-z])|(?:その|一つ|1つ|ひとつ)?(?:前の年度|前の年|直前の年度)|(?:その)?(?<![前々一昨])前年度|その前年|(?<![前々一昨])前年(?!度|同)/g

interface RelativeWord {
  re: RegExp
  offset: number
  yearAsFy: boolean
}

// Longest first: 前々年度 before 前年度, 昨年度 before 昨年, "last fiscal year" before "last year".
const RELATIVE: readonly RelativeWord[] = [
  { re: /前々年度|前前年度|一昨年度|the fiscal year before last|the fy before last/g, offset: -2, yearAsFy: false },
  { re: /(?:今年度|本年度|当年度|今期)(?:に入ってから|が始まってから)|今年度|本年度|当年度|今期|this (?:fiscal year|financial year|fy)|current (?:fiscal year|financial year|fy)|(?<![a-z])fytd(?![a-z])/g, offset: 0, yearAsFy: false },
  { re: /昨年度|前年度|去年度|昨期|前期|(?:last|previous|prior|past) (?:fiscal year|financial year|fy)/g, offset: -1, yearAsFy: false },
  { re: /一昨年|おととし|the year before last|two years ago/g, offset: -2, yearAsFy: true },
  { re: /今年|this year|current year|(?<![a-z])(?:ytd|year[- ]to[- ]date)(?![a-z])/g, offset: 0, yearAsFy: true },
  { re: /昨年|去年|(?:last|previous|prior) year/g, offset: -1, yearAsFy: true },
]
// "3 years ago" / 3年前 (a year, read as the fiscal year, said so); "two fiscal years ago" / 2年度前 (the FY itself)
const YEARS_AGO = /(?<![\da-z])(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:(年度前|(?:fiscal |financial )years? ago|fys? ago)|年前|years? ago))/g
const CUMULATIVE =
  /累計|これまで|今まで|(?<!月別\s*[（(]\s*(?:全年度|全年|全期間|年度)?)通算(?!\s*(?:した|で|の)?月別)|全期間(?!\s*(?:通算|合算)\s*[）)])|全年度(?!で|に|とも|において|\s*(?:通算|合算)\s*[）)])|so far|to date|(?<=how (?:many|much)(?![a-z]).*)over the years|all[- ]time|(?:(?:over|across|for|in|from) )?(?:all (?:the )?(?:recorded |our )?records|the (?:whole|entire|full) record)(?![a-z])|(?<![a-z])in (?:our|the) records(?![a-z])|cumulative(?:ly)?|in total|overall|(?<![a-z])ever(?![a-z])|since (?:the )?(?:start|beginning)(?: of (?:the )?(?:programme|program|initiative|task ?force|records?))?|since (?:we|the (?:programme|program|initiative|task ?force)) (?:started|began|start(?:ed)? recording)(?: recording| records| keeping (?:records|track))?|(?:over |for )?(?<!across |in |of )all (?:the )?(?:fiscal )?years(?: combined| together)?(?! *(?:and|or|but))|from the (?:start|beginning)|(?:全て|すべて)の年度(?!で|に|とも|において)|開始以来|開始から|発足以来|事業開始以来/g

// (より before a word of change is "than": 2021年度に2020年度より増えた)
const OPEN_AFTER = /^\s*(?:以降|以後|以来|から|より(?!も? ?[前後])(?![^。？?、,]{0,16}?(?:増え|増加|減っ|減少|多(?:い|く|かっ)|少な|伸び|上回|下回))|onwards?|and (?:later|after)|or later)/
// "from FY2022" alone means that year ("events from FY2022"); only since/starting open a range from it.
const OPEN_BEFORE = /(?:since|starting(?: in| from)?|beginning(?: in)?)\s*$/
// …except beside a series by fiscal year, which one year cannot be: "running total from FY2017", "events by fiscal
// year from FY2019" start there
const FROM_BEFORE = /(?<![a-z])from\s*$/
const FY_SERIES = /(?<![a-z])(?:(?:by|per|each|every)\s+(?:fiscal\s+)?(?:years?|fy)|year[- ](?:by|on|over)[- ]year|running\s+(?:total|sum|count)s?|cumulative(?:ly)?)(?![a-z])/
// "after FY2019" / 2019年度より後 starts with FY2020; "before FY2019" / 2019年度より前 ends with FY2018.
const AFTER_AFTER = /^\s*(?:より ?後|よりも ?後)/
const AFTER_BEFORE = /(?:after)\s*$/
const BEFORE_AFTER = /^\s*(?:より ?前|よりも ?前)/
const BEFORE_BEFORE = /(?:before|prior to|earlier than)\s*$/
// 2019年度以前 includes FY2019
const UNTIL_AFTER_FY = /^\s*(?:まで|迄|以前)/
// 2021年度から2022年度にかけて: the range's own closing words
const UNTIL_AFTER = /^\s*(?:まで|迄|にかけて)/
const UNTIL_BEFORE = /(?:until|through|thru|till|up to and including|through and including|up to|by the end of|as of the end of)\s*$/
const BETWEEN_BEFORE = /between\s*$/
const FY_RANGE_BETWEEN = /^\s*(?:-|–|—|~|〜|to|through|thru|until|till|から|より)\s*$/

/** The first fiscal year "until FY2020" counts from: the first 平成 year, before any recorded programme. */
export const OPEN_START_FY = 1989

const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
}
const EN_COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`
const JA_COUNT = String.raw`(\d{1,2}|[一二三四五六七八九十])`
// "the last 3 years", "over the past three fiscal years", "previous 5 FYs", 過去3年間, 直近3年度, ここ3年,
// この3年間, 最近3か年. "last 3 events" / 直近3件 is no period (a list length, read in index.ts).
const PAST_YEARS = new RegExp(
  [
    String.raw`(?<![a-z])(?:last|past|previous|prior|recent|preceding)\s+${EN_COUNT}\s+(?:fiscal |financial )?(?:years?|fys?|yrs?)(?![a-z])`,
    // "the past year", "over the past year": one year back from today (not "past fiscal year", which is last FY)
    String.raw`(?<![a-z])(?:in |over |during |within )?the past (year)(?![a-z])`,
    String.raw`(?:過去|直近|最近|ここ|この)\s*${JA_COUNT}\s*(?:年間|年度間?|か年|カ年|ヶ年|ケ年|箇年|年)(?:分)?`,
  ].join('|'),
  'g',
)

/**
 * "the last N years" and its Japanese forms, as fiscal years current−(N−1)..current: managers who say
 * 過去3年間 mean this fiscal year (in progress) and the two before. Read from the as-of date; no assumption is
 * reported (the answer names the fiscal years it covers).
 */
export function takePastYears(scan: Scan, asOf: string): PeriodMention[] {
  const current = currentFiscalYear(asOf)
  // "the last 60 days", 過去3か月 (read here too, so "last 3 months" is no list length)
  const recent = takeRecent(scan).map((r): PeriodMention => ({ ...r, yearAsFy: false }))
  const count = (m: { groups: (string | undefined)[] }): number => {
    const raw = m.groups.find((g) => g !== undefined) ?? ''
    return raw === 'year' ? 1 : (COUNT_WORDS[raw] ?? Number(raw))
  }
  // only a count that makes a period is consumed: words read and dropped would answer a broader question
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= 50
  return [...recent, ...scan.take(PAST_YEARS, { accept: (m) => valid(count(m)) }).flatMap((m): PeriodMention[] => {
    const n = count(m)
    // "the last 1 year", 過去1年間, 直近1年 (not "fiscal year"/年度): the twelve months to date, not this FY alone
    if (n === 1 && !/fiscal|financial|fy|年度/.test(m.text)) return [{ period: { kind: 'recent', n: 12, unit: 'months' }, start: m.start, end: m.end, yearAsFy: false }]
    const fiscal = /fiscal|financial|fy|年度/.test(m.text)
    return [{ period: { kind: 'fy', from: current - (n - 1), to: current }, start: m.start, end: m.end, yearAsFy: false, pastYears: { n, fiscal } }]
  })]
}

/** Finds every period in the unused text, consuming what it reads (`early`: periods already read). */
export function findPeriods(scan: Scan, asOf: string, early: readonly PeriodMention[] = []): PeriodFindings {
  const mentions: PeriodMention[] = [...early]
  const asOfYear = Number(asOf.slice(0, 4))
  const asOfMonth = Number(asOf.slice(5, 7))

  // "(Jan–Dec)" after a calendar year, "(Apr–Mar)" / （4月～3月） after a fiscal year: a gloss of that year
  if (CAL_YEAR_JA.test(scan.lower) || CAL_YEAR_EN.test(scan.lower) || /暦年|calendar/.test(scan.lower)) {
    scan.take(CALENDAR_GLOSS)
    CAL_YEAR_JA.lastIndex = 0
    CAL_YEAR_EN.lastIndex = 0
    // "calendar year 2020? my boss said calendar, not fiscal": said twice, the calendar reading the question has
    if (CAL_YEAR_JA.test(scan.lower) || CAL_YEAR_EN.test(scan.lower)) scan.take(NOT_FISCAL)
  }
  if (/(?<![a-z])fy|fiscal|年度/.test(scan.lower)) scan.take(FISCAL_GLOSS)
  CAL_YEAR_JA.lastIndex = 0
  CAL_YEAR_EN.lastIndex = 0

  // 「2019年度までの累計（2019年度を含む）」, "up to FY2019 (including FY2019)": the gloss says the end is inclusive,
  // as an open range is; taken only beside a range ending at that year
  scan.take(NAMED_YEAR_INCLUSIVE, {
    accept: (m) => {
      const year = m.groups.find((g) => g !== undefined)
      return year !== undefined && new RegExp(String.raw`${year}\s*年度\s*(?:まで|以前|迄)|(?:until|through|thru|to|up to|up through)\s+(?:fy\s*|fiscal year\s+)${year}|(?:fy\s*|fiscal year\s+)${year}\s+(?:and|or)\s+(?:earlier|before)`).test(scan.lower)
    },
  })
  // Quarters and halves said to be of a calendar year, then those of fiscal years (before the years are read on their own).
  for (const p of takeCalendarParts(scan)) mentions.push({ period: p.period, start: p.start, end: p.end, yearAsFy: false })
  for (const p of takeFyParts(scan, asOf)) {
    mentions.push({ period: p.period, start: p.start, end: p.end, yearAsFy: false, latestPart: p.latest, ...(p.unit ? { unit: p.unit } : {}), ...(p.calendarPart ? { calendarPart: p.calendarPart } : {}) })
  }

  // Exact dates, alone or as a range. An impossible date (2022年2月30日) is not taken: it is named.
  const days: { date: string; start: number; end: number }[] = []
  scan.take(FULL_DATE, {
    accept: (m) => {
      const [y, m1, d1, m2, d2, m3, d3] = m.groups
      const date = isoDate(Number(y), Number(m1 ?? m2 ?? m3), Number(d1 ?? d2 ?? d3))
      if (date) days.push({ date, start: m.start, end: m.end })
      return date !== undefined
    },
  })
  // 8/15/2022 (month first, as in the US) and 15/8/2022 (day first): read only when one number is over 12, so the
  // date is one day either way; 10/1/2022 (October 1 or January 10?) is left unread, and named (no figure)
  // (one written with the month first, 9/30/2022, makes the others of the question month first too: 4/1/2022 to 9/30/2022)
  const slashed = [...scan.lower.matchAll(SLASH_DATE)].map((m) => [Number(m[1]), Number(m[2])] as const)
  const monthFirst = slashed.some(([a, b]) => b > 12 && a <= 12)
  const dayFirst = slashed.some(([a, b]) => a > 12 && b <= 12)
  scan.take(SLASH_DATE, {
    accept: (m) => {
      const [a, b, y] = m.groups.map(Number) as [number, number, number]
      const order = monthFirst === dayFirst ? undefined : monthFirst ? 'md' : 'dm'
      const date = a > 12 && b <= 12 ? isoDate(y, b, a) : b > 12 && a <= 12 ? isoDate(y, a, b) : a === b ? isoDate(y, a, b) : order === 'md' ? isoDate(y, a, b) : order === 'dm' ? isoDate(y, b, a) : undefined
      if (date) days.push({ date, start: m.start, end: m.end })
      return date !== undefined
    },
  })
  days.push(...takeDaysWithoutIsoYear(scan, days))
  days.sort((a, b) => a.start - b.start)
  for (let i = 0; i < days.length; i++) {
    const a = days[i]
    if (!a) continue
    const b = days[i + 1]
    if (b) {
      // the connector ("から", "to", "–") and a closing まで belong to the range
      if (RANGE_CONNECTOR.test(scan.lower.slice(a.end, b.start))) scan.consume(a.end, b.start)
      const end = consumeUntilAfter(scan, b.end)
      mentions.push({ period: datesPeriod(a.date, b.date), start: a.start, end, yearAsFy: false })
      i++
    } else {
      // One day (which "since", 以降… may open).
      mentions.push({ period: { kind: 'dates', from: a.date, to: a.date }, start: a.start, end: a.end, yearAsFy: false, unit: { from: a.date, to: a.date, start: a.start, end: a.end } })
    }
  }

  // Era calendar dates (令和4年5月, 平成31年4月30日, R4.6, 令和元年) and numeric months (2022/4), alone or as a range.
  const units = takeDateUnits(scan)
  for (let i = 0; i < units.length; i++) {
    const a = units[i]
    if (!a) continue
    const b = units[i + 1]
    if (b && RANGE_CONNECTOR.test(scan.lower.slice(a.end, b.start))) {
      scan.consume(a.end, b.start)
      mentions.push({ period: datesPeriod(a.from, b.to), start: a.start, end: consumeUntilAfter(scan, b.end), yearAsFy: false })
      i++
    } else {
      mentions.push({ period: datesPeriod(a.from, a.to), start: a.start, end: a.end, yearAsFy: false, unit: a })
    }
  }

  // 2022年5月, 2022年5月から7月, 2022年5月～2023年1月
  // An impossible month (2022年13月) is not taken: it is named.
  const validJaMonth = (m: { groups: (string | undefined)[] }) => {
    const [y1, m1, y2, m2] = m.groups.map((g) => (g === undefined ? undefined : Number(g)))
    return y1 !== undefined && m1 !== undefined && validYear(y1) && validMonth(m1) && validYear(y2 ?? y1) && validMonth(m2 ?? m1)
  }
  for (const m of scan.take(JA_MONTH, { accept: validJaMonth })) {
    const [y1 = 0, m1 = 0, y2, m2] = m.groups.map((g) => (g === undefined ? undefined : Number(g)))
    const endYear = y2 ?? y1
    const endMonth = m2 ?? m1
    const single = y2 === undefined && m2 === undefined
    const end = single ? m.end : consumeUntilAfter(scan, m.end)
    const from = monthStart(y1, m1)
    const to = monthEnd(endYear, endMonth)
    mentions.push({ period: datesPeriod(from, to), start: m.start, end, yearAsFy: false, ...(single ? { unit: { from, to, start: m.start, end } } : {}) })
  }

  // May 2022, from May to July 2022, between April and June 2022. A month name needs a year or a
  // preposition before it, so "may I ask" is not May.
  const lower = scan.lower
  const months = scan
    .take(EN_MONTH, { keep: true })
    .map((m) => ({ month: MONTHS[m.groups[0] ?? ''] ?? 0, year: m.groups[1] ? Number(m.groups[1]) : undefined, start: m.start, end: m.end }))
  const used: typeof months = []
  for (let i = 0; i < months.length; i++) {
    const a = months[i]
    if (!a) continue
    const b = months[i + 1]
    const conn = b ? lower.slice(a.end, b.start) : ''
    // "from December 2021 to March 2022": two dated months joined by a range word are one range ("and" only
    // after "between": "December 2021 and March 2022" alone stays two periods, a comparison)
    const bothDated = b !== undefined && a.year !== undefined && b.year !== undefined && RANGE_BETWEEN.test(conn) && (!/(?<![a-z])and(?![a-z])/.test(conn) || /between\s*$/.test(lower.slice(0, a.start)))
    if (b && (bothDated || (a.year === undefined && RANGE_BETWEEN.test(conn) && (b.year !== undefined || MONTH_PREP.test(lower.slice(0, a.start)))))) {
      const y1 = a.year ?? b.year ?? inferYear(b.month)
      const y2 = b.year ?? y1
      if (validYear(y1) && validYear(y2)) {
        mentions.push({ period: datesPeriod(monthStart(y1, a.month), monthEnd(y2, b.month)), start: a.start, end: b.end, yearAsFy: false })
        used.push(a, b, { month: 0, year: undefined, start: a.end, end: b.start })
      }
      i++
      continue
    }
    if (a.year !== undefined || MONTH_PREP.test(lower.slice(0, a.start))) {
      const y = a.year ?? inferYear(a.month)
      if (validYear(y)) {
        const from = monthStart(y, a.month)
        const to = monthEnd(y, a.month)
        mentions.push({ period: datesPeriod(from, to), start: a.start, end: a.end, yearAsFy: false, unit: { from, to, start: a.start, end: a.end }, ...(a.year === undefined ? { monthOfYear: a.month } : {}) })
        used.push(a)
      }
    }
  }
  for (const m of used) scan.consume(m.start, m.end)

  function inferYear(month: number): number {
    // A month without a year is the latest one on or before the as-of date.
    return month <= asOfMonth ? asOfYear : asOfYear - 1
  }

  // Calendar years: 2022年, calendar year 2022, CY2022; a range 2017年から2022年.
  const calYears = [
    ...scan.take(CAL_YEAR_JA).map((m) => ({ year: Number(m.groups[0]), start: m.start, end: m.end })),
    ...scan.take(CAL_YEAR_EN).map((m) => ({ year: Number(m.groups[0] ?? m.groups[1] ?? m.groups[2] ?? m.groups[3]), start: m.start, end: m.end })),
  ]
    .filter((c) => validYear(c.year))
    .sort((a, b) => a.start - b.start)
  // "（暦年で）", "calendar year": the word that says the year is a calendar one is used by it
  if (calYears.length > 0 || units.some((u) => u.calendarYear)) scan.take(CALENDAR_WORD)
  for (let i = 0; i < calYears.length; i++) {
    const a = calYears[i]
    if (!a) continue
    const b = calYears[i + 1]
    if (b && FY_RANGE_BETWEEN.test(scan.lower.slice(a.end, b.start))) {
      scan.consume(a.end, b.start)
      mentions.push({ period: datesPeriod(`${a.year}-01-01`, `${b.year}-12-31`), start: a.start, end: consumeUntilAfter(scan, b.end), yearAsFy: false })
      i++
    } else {
      const unit = { from: `${a.year}-01-01`, to: `${a.year}-12-31`, start: a.start, end: a.end }
      mentions.push({ period: { kind: 'dates', from: unit.from, to: unit.to }, start: a.start, end: a.end, yearAsFy: false, unit })
    }
  }

  // Open ends on a single day, month, calendar year or quarter: 2022年7月1日以降, "since August 2022", "before 2022年".
  for (const mention of mentions) {
    if (!mention.unit) continue
    const open = openRange(scan, mention.unit)
    if (!open) continue
    mention.period = open.period
    mention.start = Math.min(mention.start, open.start)
    mention.end = Math.max(mention.end, open.end)
  }

  // This month, last month.
  for (const m of scan.take(THIS_MONTH)) {
    mentions.push({ period: datesPeriod(monthStart(asOfYear, asOfMonth), monthEnd(asOfYear, asOfMonth)), start: m.start, end: m.end, yearAsFy: false })
  }
  for (const m of scan.take(LAST_MONTH)) {
    const y = asOfMonth === 1 ? asOfYear - 1 : asOfYear
    const mo = asOfMonth === 1 ? 12 : asOfMonth - 1
    mentions.push({ period: datesPeriod(monthStart(y, mo), monthEnd(y, mo)), start: m.start, end: m.end, yearAsFy: false })
  }
  {
    const first = asOfMonth - ((asOfMonth - 1) % 3)
    for (const m of scan.take(THIS_QUARTER)) mentions.push({ period: datesPeriod(monthStart(asOfYear, first), monthEnd(asOfYear, first + 2)), start: m.start, end: m.end, yearAsFy: false })
    const [py, pm] = first === 1 ? [asOfYear - 1, 10] : [asOfYear, first - 3]
    for (const m of scan.take(LAST_QUARTER)) mentions.push({ period: datesPeriod(monthStart(py, pm), monthEnd(py, pm + 2)), start: m.start, end: m.end, yearAsFy: false })
  }

  const future = scan.has(FUTURE)
  const previousYearSpans = scan.take(PREVIOUS_YEAR).map((m) => ({ start: m.start, end: m.end }))
  let previousYear = previousYearSpans.length > 0
  const yearBefore = scan.take(YEAR_BEFORE)

  // Relative fiscal years.
  for (const word of RELATIVE) {
    for (const m of scan.take(word.re)) {
      mentions.push({ period: { kind: 'fy_relative', offset: word.offset }, start: m.start, end: m.end, yearAsFy: word.yearAsFy, ...(word.yearAsFy ? { calendarYear: asOfYear + word.offset } : {}) })
    }
  }
  for (const m of scan.take(YEARS_AGO)) {
    const raw = m.groups[0] ?? ''
    const n = COUNT_WORDS[raw] ?? Number(raw)
    if (n >= 1 && n <= 50) mentions.push({ period: { kind: 'fy_relative', offset: -n }, start: m.start, end: m.end, yearAsFy: m.groups[1] === undefined, ...(m.groups[1] === undefined ? { calendarYear: asOfYear - n } : {}) })
  }

  // Fiscal years, with ranges and open ends.
  const fys = findFiscalYearsIn(scan.cased)
  const text = scan.lower
  for (const f of fys) scan.consume(f.start, f.end)
  for (let i = 0; i < fys.length; i++) {
    const a = fys[i]
    if (!a) continue
    const b = fys[i + 1]
    const between = b ? text.slice(a.end, b.start) : ''
    const before = text.slice(Math.max(0, a.start - 30), a.start)
    const betweenAnd = b !== undefined && /^\s*and\s*$/.test(between) && BETWEEN_BEFORE.test(before)
    if (b && (FY_RANGE_BETWEEN.test(between) || betweenAnd)) {
      const from = Math.min(a.fy, b.fy)
      const to = Math.max(a.fy, b.fy)
      // One explicit end ("2017〜2022年度") makes both ends fiscal years.
      mentions.push({
        period: { kind: 'fy', from, to },
        start: a.start,
        end: b.end,
        yearAsFy: !a.explicit && !b.explicit,
        // both ends are kept: with a word of change ("change from FY2021 to FY2022", 増減) they are compared
        joinedByAnd: [from, to] as [number, number],
      })
      consumeConnector(scan, a.end, b.start)
      const last = mentions[mentions.length - 1]
      if (last) last.end = consumeUntilAfter(scan, b.end)
      i++
      continue
    }
    const after = text.slice(a.end, a.end + 12)
    // The words that open or close the range are used: consumed, so they are not named as unused.
    const openAfter = OPEN_AFTER.exec(after)
    const openBefore = OPEN_BEFORE.exec(before) ?? (FY_SERIES.test(text) ? FROM_BEFORE.exec(before) : null)
    if (openAfter || openBefore) {
      if (openAfter) scan.consume(a.end, a.end + openAfter[0].length)
      if (openBefore) scan.consume(a.start - before.length + openBefore.index, a.start)
      mentions.push({ period: { kind: 'fy', from: a.fy }, start: a.start, end: a.end + (openAfter?.[0].length ?? 0), yearAsFy: !a.explicit })
      continue
    }
    const untilAfter = UNTIL_AFTER_FY.exec(after)
    const untilBefore = UNTIL_BEFORE.exec(before)
    if (untilAfter || untilBefore) {
      if (untilAfter) scan.consume(a.end, a.end + untilAfter[0].length)
      if (untilBefore) scan.consume(a.start - before.length + untilBefore.index, a.start)
      mentions.push({ period: { kind: 'fy', from: OPEN_START_FY, to: a.fy }, start: a.start, end: a.end + (untilAfter?.[0].length ?? 0), yearAsFy: !a.explicit })
      continue
    }
    // after / before a fiscal year: the years after it, or before it (exclusive)
    const afterAfter = AFTER_AFTER.exec(after)
    const afterBefore = AFTER_BEFORE.exec(before)
    const beforeAfter = BEFORE_AFTER.exec(after)
    const beforeBefore = BEFORE_BEFORE.exec(before)
    const later = afterAfter ?? afterBefore
    const earlier = beforeAfter ?? beforeBefore
    if ((later && !earlier) || (earlier && !later)) {
      const follow = afterAfter ?? beforeAfter
      const lead = afterBefore ?? beforeBefore
      if (follow) scan.consume(a.end, a.end + follow[0].length)
      if (lead) scan.consume(a.start - before.length + lead.index, a.start)
      const period: Period = later ? { kind: 'fy', from: a.fy + 1 } : { kind: 'fy', from: OPEN_START_FY, to: a.fy - 1 }
      mentions.push({ period, start: a.start, end: a.end + (follow?.[0].length ?? 0), yearAsFy: !a.explicit })
      continue
    }
    // (only beside one fiscal year: "March of FY2021 vs FY2022", "from March of FY2021 to June of FY2022" are named)
    const month = a.explicit && fys.length === 1 ? monthOfFiscalYear(scan, mentions, a) : undefined
    mentions.push(month ?? { period: { kind: 'fy', from: a.fy, to: a.fy }, start: a.start, end: a.end, yearAsFy: !a.explicit })
  }

  // "the year before" after (or before) exactly one other single-year period is that period's year before.
  const anchor = mentions.length === 1 ? mentions[0] : undefined
  // …except a bare 前年度 next to another year counted from today (前年度と前々年度): then it is last FY too
  const relativeToToday = anchor?.period.kind === 'fy_relative' && yearBefore.every((m) => m.text === '前年度')
  if (yearBefore.length > 0 && anchor && previousPeriod(anchor.period) && !relativeToToday) {
    previousYear = true
  } else {
    for (const m of yearBefore) {
      mentions.push({ period: { kind: 'fy_relative', offset: -1 }, start: m.start, end: m.end, yearAsFy: !/fiscal|financial|fy|年度/.test(m.text) })
    }
  }

  // "across all years" with no other period is the whole record ("avg attendance by format across all years");
  // next to a month or another period it is left to the month reader or named ("December 2021 across all years")
  const acrossAll = mentions.length === 0 && scan.take(/(?<![a-z])across all (?:the )?(?:fiscal )?years(?![a-z])/g).length > 0
  const cumulative = scan.take(CUMULATIVE).length > 0 || acrossAll
  // "from 2022-07-01 through today", 2022年7月1日から今日まで: an open start runs to the as-of date anyway
  if (mentions.some((m) => m.period.kind === 'dates_since' || (m.period.kind === 'fy' && m.period.to === undefined))) scan.take(UNTIL_TODAY)
  mentions.sort((a, b) => a.start - b.start)
  return { mentions: withoutRestatements(scan, consumeInclusiveGlosses(scan, mentions), asOf), cumulative, previousYear, previousYearSpans, future }
}

const MONTH_AFTER_FY =
  /^\s*(?:の|'s\s+)?\s*(?:(\d{1,2})\s*月(?!\s*(?:\d|日|末|初|頭|上旬|中旬|下旬|から|より|~|〜|-|–|—|まで|以降|以前))|(january|february|march|april|may(?=\s*(?:[,.?!]|$|events?|participants))|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])(?!\s*(?:\d|to|through|thru|until|till|-|–|—)))/

/**
 * "March of FY2022", "December FY2022", "FY2022 March", 2022年度の3月, 令和4年度3月: one month of a fiscal year
 * (April–March: March of FY2022 is March 2023) as one period, replacing the month read before it (removed from
 * `mentions`). Undefined when no month without a year of its own is said right before or after the year, or when
 * the month opens a range or names a day (2022年度の3月末, "March 1"). A rule of the domain: FY N runs from
 * April 1 of N to March 31 of N+1 (product.md).
 */
function monthOfFiscalYear(scan: Scan, mentions: PeriodMention[], a: { fy: number; start: number; end: number }): PeriodMention | undefined {
  const inYear = (month: number, start: number, end: number): PeriodMention => {
    const y = month >= 4 ? a.fy : a.fy + 1
    return { period: datesPeriod(monthStart(y, month), monthEnd(y, month)), start, end, yearAsFy: false }
  }
  const after = MONTH_AFTER_FY.exec(scan.lower.slice(a.end))
  if (after) {
    const month = after[1] !== undefined ? Number(after[1]) : (MONTHS[after[2] ?? ''] ?? 0)
    if (month < 1 || month > 12) return undefined
    scan.consume(a.end, a.end + after[0].length)
    return inYear(month, a.start, a.end + after[0].length)
  }
  const i = mentions.findIndex((m) => m.monthOfYear !== undefined && m.end <= a.start && /^\s*(?:(?:of|in|during)\s+(?:the\s+)?)?$/.test(scan.text.toLowerCase().slice(m.end, a.start)))
  const m = mentions[i]
  if (m?.monthOfYear === undefined) return undefined
  // a month an open end was read with ("since March of FY2021"): not one month
  if (m.period.kind !== 'dates' || m.period.from !== m.unit?.from || m.period.to !== m.unit.to) return undefined
  mentions.splice(i, 1)
  scan.consume(m.end, a.start)
  return inYear(m.monthOfYear, m.start, a.end)
}

/** A bracketed "that year included" after an inclusive open end: 2020年度まで（同年度を含む）, "until FY2020 (inclusive)". */
const INCLUSIVE_GLOSS = /^\s*[（(]\s*(?:(?:同|当該|その|当)(?:年度|年|月|日|四半期)(?:を|も)?含(?:む|める|めて)|(?:inclusive|included|including (?:it|that (?:year|month|day)|the same (?:year|month|day)))|(?:以降|以前|まで)?を?含む)\s*[）)]/

/** Whether a period is an open range whose named end is counted (since/以降, until/まで/以前; not after/before). */
function inclusiveOpenEnd(p: Period, m: PeriodMention, text: string): boolean {
  if (p.kind === 'fy') return p.to === undefined || p.from === OPEN_START_FY ? !/より ?後|よりも ?後|より ?前|よりも ?前|after|before|prior to|earlier than/.test(text.slice(Math.max(0, m.start - 12), m.end + 6)) : false
  if (p.kind === 'dates_since' || p.kind === 'dates_until') return !/より ?後|よりも ?後|より ?前|よりも ?前|after|before|prior to|earlier than/.test(text.slice(Math.max(0, m.start - 12), m.end + 6))
  return false
}

/**
 * The gloss that an open end includes its own year, month or day (（同年度を含む）, "(inclusive)") says what the
 * reading does already: consumed with the period. After an exclusive end ("after FY2020", より後) it contradicts
 * the reading and is left unused (no figure).
 */
function consumeInclusiveGlosses(scan: Scan, mentions: PeriodMention[]): PeriodMention[] {
  return mentions.map((m) => {
    const g = INCLUSIVE_GLOSS.exec(scan.lower.slice(m.end, m.end + 24))
    if (g === null || !inclusiveOpenEnd(m.period, m, scan.text.toLowerCase())) return m
    scan.consume(m.end, m.end + g[0].length)
    return { ...m, end: m.end + g[0].length }
  })
}

// "i.e.", "that is", "that's", "namely", "meaning", つまり, すなわち, "=" between a period and its restatement
const RESTATE_BETWEEN = /^\s*(?:[,、:;—–?？-]\s*)*(?:[（(]\s*(?:(?:i\.?\s?e\.?|that is|that's|thats|namely|つまり|すなわち)\s*[,:、]?\s*)?|(?:i\.?\s?e\.?|that is|that's|thats|namely|meaning|in other words|つまり|すなわち|=|＝)\s*[,:、]?\s*[（(]?\s*)$/
// a bracketed restatement's close, and the asker checking it ("…, right?", "…, correct?", ですよね)
const RESTATE_AFTER = /^\s*[）)]?\s*(?:[,、]\s*)?(?:(?<![a-z])(?:right|correct|yes)(?![a-z])|ですよね|ですね|で合っていますか|で合ってますか|であってる|で合ってる)?(?:\s*[?？]?\s*[）)])?/

/** The first and last day a bounded period covers (undefined for "all" and open ranges, whose ends move). */
function boundedDates(p: Period, asOf: string): string | undefined {
  if (p.kind === 'all' || p.kind === 'dates_since' || p.kind === 'dates_until' || p.kind === 'recent' || (p.kind === 'fy' && p.to === undefined)) return undefined
  const { resolved } = resolvePeriod(p, asOf, null)
  return `${resolved.from}..${resolved.to}`
}

/**
 * A period restated in other words right after it — "Q3 of FY2021, that's Oct–Dec 2021, right?", "the first half of
 * FY2020, i.e. April through September 2020", 2022年度上期（つまり2022年4月〜9月）, and one written twice in brackets as
 * every answer writes it (2022年度（令和4年度）, "FY2022 (R4)") — is one period when both name the same days (or, for
 * a period with an open end, the same period in closed brackets): the marker (and the asker's "right?") is consumed
 * with it. When the days differ nothing is merged and the marker is left unused, so the question gets no figure.
 */
function withoutRestatements(scan: Scan, mentions: readonly PeriodMention[], asOf: string): PeriodMention[] {
  const out: PeriodMention[] = []
  for (const m of mentions) {
    const prev = out.at(-1)
    const between = prev === undefined ? '' : scan.lower.slice(prev.end, m.start)
    const sameDays = prev !== undefined && boundedDates(prev.period, asOf) !== undefined && boundedDates(prev.period, asOf) === boundedDates(m.period, asOf)
    const bracketed = /^\s*[（(]\s*$/.test(between) && /^\s*[）)]/.test(scan.lower.slice(m.end))
    const same = prev !== undefined && RESTATE_BETWEEN.test(between) && (sameDays || (bracketed && JSON.stringify(prev.period) === JSON.stringify(m.period)))
    if (prev !== undefined && same) {
      const after = RESTATE_AFTER.exec(scan.lower.slice(m.end)) ?? ['']
      scan.consume(prev.end, m.start)
      scan.consume(m.end, m.end + after[0].length)
      out[out.length - 1] = { ...prev, end: m.end + after[0].length, yearAsFy: prev.yearAsFy && m.yearAsFy }
      continue
    }
    out.push(m)
  }
  return out
}

function consumeConnector(scan: Scan, start: number, end: number): void {
  if (end - start <= 12) scan.consume(start, end)
}

/** A closing まで/迄 right after a range is part of it: consumed; returns the end of the range's words. */
function consumeUntilAfter(scan: Scan, end: number): number {
  const m = UNTIL_AFTER.exec(scan.lower.slice(end, end + 6))
  if (!m) return end
  scan.consume(end, end + m[0].length)
  return end + m[0].length
}

/** The fiscal year before a single-year period, for 前年度比; undefined when there is none. */
export function previousPeriod(p: Period): Period | undefined {
  if (p.kind === 'fy' && p.to === p.from) return { kind: 'fy', from: p.from - 1, to: p.from - 1 }
  if (p.kind === 'fy_relative' && p.offset > -50) return { kind: 'fy_relative', offset: p.offset - 1 }
  return undefined
}

/** A sort key placing periods in time (relative years resolved against the as-of date for ordering only). */
export function periodSortKey(p: Period, asOf: string): string {
  switch (p.kind) {
    case 'all':
      return '0000'
    case 'fy':
      return `${p.from}-04-01`
    case 'fy_relative':
      return `${fiscalYearOf(asOf) + p.offset}-04-01`
    case 'dates':
      return p.from
    case 'fy_part':
      return fyPartDates(p.fy, p.part).from
    case 'fy_part_relative':
      return fyPartDates(fiscalYearOf(asOf) + p.offset, p.part).from
    case 'dates_since':
      return p.from
    case 'dates_until':
      return '0001'
    case 'recent':
      return recentFrom(asOf, p.n, p.unit)
  }
}
