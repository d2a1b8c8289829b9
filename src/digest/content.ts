// The digest's wording, written once for both outputs (Markdown for the CLI, mrkdwn for Slack): a `Style`
// says how to make text bold or a link. English first, then Japanese, in every part.
import { inEach, type Lang, type Localized, type LocalizedText } from '../i18n/lang.ts'
import type { EventRecord } from '../domain/event.ts'
import { truncate } from '../slack/blocks/limits.ts'
import { officeName } from '../domain/offices.ts'
import { formatCount, formatDate, formatDateRange, formatJaCount, formatNumber as num, formatSigned as signed } from '../i18n/format.ts'
import { stateNames } from '../reports/format.ts'
import type { Digest, PeriodFigures } from './build.ts'

export interface Style {
  bold(text: string): string
  link(url: string, text: string): string
  /** Escapes text that comes from users (titles). */
  text(s: string): string
}

export interface DigestLinks {
  /** Where an event's summary can be read (a Slack permalink, an App Home deep link). */
  eventUrl?: (event: EventRecord) => string | undefined
}

/** A text in every language. */
export type Bilingual = LocalizedText

const officeShort = (code: string, lang: Lang) => officeName(code, lang, 'table')

/** The digest's words in each language (the event lines carry both languages on one line: eventLine). */
interface DigestText {
  title(d: Digest): string
  meta(d: Digest): string
  recordedNone(s: Style): string
  recorded(d: Digest, s: Style): string
  more(d: Digest, rest: number, hasAttachment: boolean): string
  comparisonHeading(d: Digest, c: PeriodFigures): string
  comparison(label: ComparedFigure, cur: number, prev: number, prevFy: number): string
  firstTimeNone(d: Digest, s: Style): string
  firstTime(d: Digest, s: Style): string
  reminder(d: Digest, s: Style): string
  footer: string
}

type ComparedFigure = 'events' | 'participants' | 'states'

const COMPARED_EN: Record<ComparedFigure, string> = { events: 'Events', participants: 'Participants', states: 'States covered (of 50)' }
const COMPARED_JA: Record<ComparedFigure, { label: string; counter: string }> = {
  events: { label: '実施件数', counter: '件' },
  participants: { label: '延べ参加者数', counter: '名' },
  states: { label: '実施州数（50州中）', counter: '州' },
}

export const DIGEST_TEXT = {
  en: {
    title: (d) => `Weekly digest: ${formatDateRange(d.period.from, d.period.to, 'en')}`,
    meta: (d) =>
      `${d.period.key} · events recorded ${d.period.from} – ${d.period.to} (${d.timeZone}) · FY${d.fiscalYear} to date: through ${d.period.to}${d.late ? ' · ⚠️ posted late: the app was not running at the scheduled time' : ''}`,
    recordedNone: (s) => `${s.bold('Recorded last week: no events.')}`,
    recorded: (d, s) => {
      const byOffice = d.recorded.byOffice.map((o) => `${officeShort(o.officeCode, 'en')} ${num(o.events)}`).join(' · ')
      return `${s.bold(`Recorded last week: ${formatCount(d.recorded.total, 'events', 'en')}`)} — by office: ${byOffice}`
    },
    more: (d, rest, hasAttachment) =>
      hasAttachment
        ? `…and ${num(rest)} more: the full list of ${num(d.recorded.total)} is in the CSV attached in the thread.`
        : `…and ${num(rest)} more (full list: grassroots export, or the CSV attached when posted).`,
    comparisonHeading: (d, c) => `FY${d.fiscalYear} to date (${c.range.from} – ${c.range.to})`,
    comparison: (figure, cur, prev, prevFy) => `${COMPARED_EN[figure]}: ${num(cur)} (FY${prevFy} at the same point: ${num(prev)}, ${signed(cur - prev)})`,
    firstTimeNone: (d, s) => `${s.bold(`Covered for the first time in FY${d.fiscalYear}:`)} none so far.`,
    firstTime: (d, s) => `${s.bold(`Covered for the first time in FY${d.fiscalYear}:`)} ${stateNames(d.firstTimeStates, 'en')} 🎉`,
    reminder: (d, s) =>
      `${s.bold('A gentle reminder:')} no event has been recorded yet this fiscal year for ${d.officesWithoutEvents.map((o) => officeShort(o, 'en')).join(', ')}. If you have held one, we would be grateful if you could record it.`,
    footer: 'Every figure is counted from the events recorded so far. Chart: events per month, this FY and last FY to the same point.',
  },
  ja: {
    title: (d) => `週次ダイジェスト（${formatDateRange(d.period.from, d.period.to, 'ja')}）`,
    meta: (d) =>
      `週番号 ${d.period.key}・${formatDateRange(d.period.from, d.period.to, 'ja')}（${d.timeZone}）に登録された事業・${d.fiscalYear}年度累計は${formatDate(d.period.to, 'ja')}現在${d.late ? '・【遅延配信】予定時刻にアプリが停止していたため、遅れて配信しています' : ''}`,
    recordedNone: (s) => `${s.bold('先週登録された事業：なし')}`,
    recorded: (d, s) => {
      const byOffice = d.recorded.byOffice.map((o) => `${officeShort(o.officeCode, 'ja')} ${num(o.events)}件`).join('、')
      return `${s.bold(`先週登録された事業：${num(d.recorded.total)}件`)}（在外公館別：${byOffice}）`
    },
    more: (d, rest, hasAttachment) =>
      hasAttachment
        ? `…ほか${num(rest)}件。全${num(d.recorded.total)}件の一覧はスレッドに添付したCSVをご覧ください。`
        : `…ほか${num(rest)}件（全件の一覧は、grassroots export 又は投稿時に添付されるCSVをご覧ください）。`,
    comparisonHeading: (d, c) => `${d.fiscalYear}年度の累計（${formatDateRange(c.range.from, c.range.to, 'ja')}）`,
    // exact figures, with the bureau's 万 reading beside a large one (213,421名（約21万名）)
    comparison: (figure, cur, prev, prevFy) => {
      const { label, counter } = COMPARED_JA[figure]
      return `${label}：${formatJaCount(cur, counter)}（${prevFy}年度同期：${formatJaCount(prev, counter)}、${signed(cur - prev)}${counter}）`
    },
    firstTimeNone: (d, s) => `${s.bold(`${d.fiscalYear}年度に初めて事業を実施した州：`)}現時点でなし`,
    firstTime: (d, s) => `${s.bold(`${d.fiscalYear}年度に初めて事業を実施した州：`)}${stateNames(d.firstTimeStates, 'ja')}`,
    reminder: (d, s) =>
      `${s.bold('ご登録のお願い：')}今年度は、${d.officesWithoutEvents.map((o) => officeName(o, 'ja', 'text')).join('、')}の事業がまだ登録されていません。実施済みの事業がございましたら、ご登録をお願いいたします。`,
    footer: '数値はすべて登録済みの事業から集計しています。グラフ：月別実施件数（今年度及び前年度同期）。',
  },
} as const satisfies Localized<DigestText>

export function digestTitle(d: Digest): Bilingual {
  return inEach((l) => DIGEST_TEXT[l].title(d))
}

export function digestMeta(d: Digest): Bilingual {
  return inEach((l) => DIGEST_TEXT[l].meta(d))
}

export function recordedSummary(d: Digest, s: Style): Bilingual {
  return inEach((l) => (d.recorded.total === 0 ? DIGEST_TEXT[l].recordedNone(s) : DIGEST_TEXT[l].recorded(d, s)))
}

/** One line per listed event, in both languages on the same line. */
export function eventLine(e: EventRecord, s: Style, links: DigestLinks): string {
  const titles = [e.titleEn, e.titleJa].filter((t): t is string => t !== null).map((t) => truncate(t, 80))
  const title = s.text(titles.join(' / '))
  const url = links.eventUrl?.(e)
  const linked = url === undefined ? `${title} (#${e.id})` : s.link(url, title)
  const office = `${officeShort(e.officeCode, 'en')} / ${officeShort(e.officeCode, 'ja')}`
  const date = `${formatDate(e.startDate, 'en')} / ${formatDate(e.startDate, 'ja')}`
  return `• ${date} · ${office} · ${e.stateCodes.join(', ')} — ${linked} · ${formatCount(e.participants, 'participants', 'en')} / 参加者${num(e.participants)}名`
}

export function moreLine(d: Digest, listed: number, hasAttachment: boolean): Bilingual | undefined {
  const rest = d.recorded.total - listed
  if (rest <= 0) return undefined
  return inEach((l) => DIGEST_TEXT[l].more(d, rest, hasAttachment))
}

export function fyComparison(d: Digest): { heading: Bilingual; lines: Bilingual[] } {
  const c: PeriodFigures = d.fyToDate
  const p: PeriodFigures = d.previousFyToDate
  const prevFy = d.fiscalYear - 1
  const line = (figure: ComparedFigure, cur: number, prev: number) => inEach((l) => DIGEST_TEXT[l].comparison(figure, cur, prev, prevFy))
  return {
    heading: inEach((l) => DIGEST_TEXT[l].comparisonHeading(d, c)),
    lines: [line('events', c.events, p.events), line('participants', c.participants, p.participants), line('states', c.statesCovered, p.statesCovered)],
  }
}

export function firstTimeText(d: Digest, s: Style): Bilingual {
  return inEach((l) => (d.firstTimeStates.length === 0 ? DIGEST_TEXT[l].firstTimeNone(d, s) : DIGEST_TEXT[l].firstTime(d, s)))
}

export function reminderText(d: Digest, s: Style): Bilingual | undefined {
  if (d.officesWithoutEvents.length === 0) return undefined
  return inEach((l) => DIGEST_TEXT[l].reminder(d, s))
}

export const FOOTER: Bilingual = inEach((l) => DIGEST_TEXT[l].footer)
