// Calendar days in a question: the month names, valid dates, and days written without an ISO year
// ("Jan 1, 2023", "1 March 2023", 3月31日 after a dated day). Shared by the period readers (period.ts).
import type { Scan } from './scan.ts'

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
}


export const pad2 = (n: number) => String(n).padStart(2, '0')
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
export const monthStart = (y: number, m: number) => `${y}-${pad2(m)}-01`
export const monthEnd = (y: number, m: number) => `${y}-${pad2(m)}-${pad2(lastDay(y, m))}`
export const validYear = (y: number) => Number.isInteger(y) && y >= 1989 && y <= 2100
export const validMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!validYear(y) || !validMonth(m) || d < 1 || d > lastDay(y, m)) return undefined
  return `${y}-${pad2(m)}-${pad2(d)}`
}


/** What stands between the two ends of a range ("to", "–", から…). */
export const RANGE_CONNECTOR = /^\s*(?:-|–|—|~|〜|to|through|thru|until|till|and|から|より)\s*$/

const MONTH_WORD = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
// "Jan 1, 2023", "January 1st 2023", "1 March 2023", "Mar 31" (the year from the date beside it)
const EN_DAY = new RegExp(
  String.raw`(?<![a-z])${MONTH_WORD} (\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,? (\d{4})(?!\d))?|(?<![\d.,/-])(\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}(?![a-z])(?:,? (\d{4})(?!\d))?`,
  'g',
)
// 「2023年1月1日から3月31日まで」: a day with no year after a dated one
const JA_DAY_NO_YEAR = /(?<![\d年])(\d{1,2}) ?月 ?(\d{1,2}) ?日/g

/**
 * Days written without an ISO year: English month-name dates ("Jan 1, 2023", "1 March 2023") and Japanese
 * days with no year (3月31日). A day with no year takes the year of the dated day written next to it in a
 * range ("between Jan 1 and Mar 31, 2023": 2023; 「2023年1月1日から3月31日」: 2023, or the year after when the
 * month comes earlier). A day whose year cannot be told is not taken (it is named as unused).
 */
export function takeDaysWithoutIsoYear(scan: Scan, dated: readonly { date: string; start: number; end: number }[]): { date: string; start: number; end: number }[] {
  const found: { y?: number; m: number; d: number; start: number; end: number }[] = []
  for (const x of scan.lower.matchAll(EN_DAY)) {
    const [, mo1, d1, y1, d2, mo2, y2] = x
    const m = MONTHS[(mo1 ?? mo2 ?? '').replace('.', '')]
    const y = y1 ?? y2
    if (m !== undefined) found.push({ ...(y ? { y: Number(y) } : {}), m, d: Number(d1 ?? d2), start: x.index, end: x.index + x[0].length })
  }
  for (const x of scan.lower.matchAll(JA_DAY_NO_YEAR)) found.push({ m: Number(x[1]), d: Number(x[2]), start: x.index, end: x.index + x[0].length })
  const all = [...found, ...dated.map((d) => ({ y: Number(d.date.slice(0, 4)), m: Number(d.date.slice(5, 7)), d: Number(d.date.slice(8, 10)), start: d.start, end: d.end, iso: true }))].sort((a, b) => a.start - b.start)
  const out: { date: string; start: number; end: number }[] = []
  for (const [i, f] of all.entries()) {
    if ('iso' in f) continue
    let y = f.y
    if (y === undefined) {
      const prev = all[i - 1]
      const next = all[i + 1]
      const linked = (a: { end: number }, b: { start: number }) => RANGE_CONNECTOR.test(scan.lower.slice(a.end, b.start))
      if (next?.y !== undefined && linked(f, next)) y = next.m < f.m ? next.y - 1 : next.y
      else if (prev?.y !== undefined && linked(prev, f)) y = f.m < prev.m ? prev.y + 1 : prev.y
    }
    const date = y === undefined ? undefined : isoDate(y, f.m, f.d)
    if (date === undefined) continue
    if (f.y === undefined) f.y = y
    out.push({ date, start: f.start, end: f.end })
    scan.consume(f.start, f.end)
  }
  return out
}

