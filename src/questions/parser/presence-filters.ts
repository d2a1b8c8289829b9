// Recognisers for the presence filters (slots.ts): whether an event's summary, end date and titles were
// recorded or left blank ("events with no summary", 概要が未記入の事業; "events with no end date", 終了日が未入力の
// 事業; "events with a Japanese title but no English title", 英語タイトルが未入力の事業). Only the columns the
// Event model holds (summary, endDate, titleEn, titleJa) are read. Both a presence and an absence of the same
// field leave the words unused (the question is then refused, naming them), never guessed.
import type { Scan } from './scan.ts'

/** What was read: true = recorded, false = left blank. */
export interface PresenceFindings {
  summaryRecorded?: boolean
  endDateRecorded?: boolean
  titleEnRecorded?: boolean
  titleJaRecorded?: boolean
}
type Key = keyof PresenceFindings

// the English nouns of each field
const SUMMARY_EN = String.raw`(?:summary|summaries|description|abstract)`
const END_EN = String.raw`end[- ]dates?`
const TITLE_EN = (lang: 'english|japanese' | 'english' | 'japanese') => String.raw`(${lang})(?:[- ]language)?\s+(?:titles?|names?)`
const HAVE_EN = String.raw`(?:with|having|that have|that has|that had|which have|which has|which had|have|has|had)`
const NOT_HAVE_EN = String.raw`(?:that\s+|which\s+)?(?:did not|didn't|do not|don't|does not|doesn't|have not|haven't|has not|hasn't|had not)\s+(?:have\s+|had\s+)?(?:an?\s+|any\s+)?`
const DONE_EN = String.raw`(?:\s+(?:recorded|entered|filled in|given|on record))?`
const BLANK_EN = String.raw`(?:is|was|are|were)\s+(?:not recorded|not entered|not filled in|missing|blank|empty|left blank)`

/** The absence of a field in English, `noun` the field's words (a capture group in the titles' noun). */
const absentEn = (noun: string) =>
  String.raw`(?<![a-z])(?:(?:${HAVE_EN}\s+)?no\s+${noun}${DONE_EN}` +
  String.raw`|without\s+(?:an?\s+|any\s+)?${noun}${DONE_EN}` +
  String.raw`|${NOT_HAVE_EN}${noun}${DONE_EN}` +
  String.raw`|(?:where|whose)\s+(?:the\s+)?${noun}\s+${BLANK_EN}` +
  String.raw`|(?:an?\s+)?(?:missing|blank|empty)\s+${noun}` +
  String.raw`|${noun}\s+(?:left\s+blank|missing|not recorded|not entered))(?![a-z])`
/** The presence of a field in English. */
const presentEn = (noun: string) =>
  String.raw`(?<![a-z])(?:${HAVE_EN}\s+(?:an?\s+)?${noun}${DONE_EN}` +
  String.raw`|(?:where|whose)\s+(?:the\s+)?${noun}\s+(?:is|was|are|were)\s+(?:recorded|entered|filled in)` +
  String.raw`|${noun}\s+(?:recorded|entered|filled in))(?![a-z])`

// the Japanese nouns of each field, and the words of a blank or recorded field after them
const SUMMARY_JA = String.raw`(?:概要|事業概要|概要欄)`
const END_JA = String.raw`(?:終了日|終了日付|終了年月日)`
const TITLE_JA = String.raw`(英語|英文|日本語|和文)(?:の)?(?:タイトル|題名|名称)|(英題|和題)`
const ABSENT_JA = String.raw`(?:が|の|は)?(?:未記入|未入力|未記録|未登録|空欄|(?:記入|入力|記録|登録)(?:が|の)?(?:ない|無い|なし|無し|なかった)|(?:記入|入力|記録|登録)(?:されて|して)(?:いない|いなかった|おらず)|(?:記入|入力|記録|登録)されなかった|(?:ない|無い|なし|無し))`
const PRESENT_JA = String.raw`(?:が|の|は)?(?:(?:記入|入力|記録|登録)(?:されている|されていた|された|済み|済の|あり|がある)|(?:ある|あり))`

/** One field's readers: absent first, so that "no summary recorded" is not read as "summary recorded". */
const FIELDS: ReadonlyArray<{ key: Key | 'title'; absent: RegExp; present: RegExp }> = [
  { key: 'summaryRecorded', absent: new RegExp(`${absentEn(SUMMARY_EN)}|${SUMMARY_JA}${ABSENT_JA}`, 'gu'), present: new RegExp(`${presentEn(SUMMARY_EN)}|${SUMMARY_JA}${PRESENT_JA}`, 'gu') },
  { key: 'endDateRecorded', absent: new RegExp(`${absentEn(END_EN)}|${END_JA}${ABSENT_JA}`, 'gu'), present: new RegExp(`${presentEn(END_EN)}|${END_JA}${PRESENT_JA}`, 'gu') },
  {
    key: 'title',
    absent: new RegExp(`${absentEn(TITLE_EN('english|japanese'))}|(?:${TITLE_JA})${ABSENT_JA}`, 'gu'),
    present: new RegExp(`${presentEn(TITLE_EN('english|japanese'))}|(?:${TITLE_JA})${PRESENT_JA}`, 'gu'),
  },
]
/** "…, but" / 「が、」 between a present title and an absent one ("a Japanese title but no English title"). */
const BUT = /^(?:\s*,?\s*(?:but|and|yet)\s+|\s*(?:が|けど|けれど|けれども|ものの)[、,]?\s*|\s*で[、,]?\s*)$/u

const titleKey = (m: { groups: (string | undefined)[] }): Key => (/^(?:english|英語|英文|英題)$/.test(m.groups.find((g) => g !== undefined) ?? '') ? 'titleEnRecorded' : 'titleJaRecorded')

/**
 * Reads the presence filters and consumes their words (with `use`). A field read both recorded and blank, or
 * a title language read twice, leaves its words unused.
 */
export function takePresenceFilters(scan: Scan, use: (start: number, end: number) => void): PresenceFindings {
  const out: PresenceFindings = {}
  const titles: { start: number; end: number }[] = []
  for (const f of FIELDS) {
    const absent = scan.take(f.absent, { keep: true })
    const present = scan.take(f.present, { keep: true }).filter((p) => !absent.some((a) => a.start < p.end && p.start < a.end))
    const read = new Map<Key, { value: boolean; spans: { start: number; end: number }[] } | null>()
    for (const [value, ms] of [[false, absent], [true, present]] as const) {
      for (const m of ms) {
        const key = f.key === 'title' ? titleKey(m) : f.key
        const had = read.get(key)
        if (had === null) continue
        if (had !== undefined && had.value !== value) read.set(key, null)
        else read.set(key, { value, spans: [...(had?.spans ?? []), m] })
      }
    }
    for (const [key, r] of read) {
      if (r === null) continue
      out[key] = r.value
      for (const s of r.spans) use(s.start, s.end)
      if (f.key === 'title') titles.push(...r.spans)
    }
  }
  // "a Japanese title but no English title": the linking word right between the two
  if (out.titleEnRecorded !== undefined && out.titleJaRecorded !== undefined && out.titleEnRecorded !== out.titleJaRecorded) {
    const [a, b] = [...titles].sort((x, y) => x.start - y.start)
    if (a !== undefined && b !== undefined && a.end < b.start && BUT.test(scan.lower.slice(a.end, b.start))) use(a.end, b.start)
  }
  return out
}

/** Whether any presence filter was read. */
export const hasPresence = (p: PresenceFindings): boolean => Object.values(p).some((v) => v !== undefined)
