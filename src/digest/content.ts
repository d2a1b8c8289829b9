// The digest's wording, written once for both outputs (Markdown for the CLI, mrkdwn for Slack): a `Style`
// says how to make text bold or a link. English first, then Japanese, in every part.
import type { Lang, LocalizedText } from '../i18n/lang.ts'
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

function weekLabel(d: Digest): Bilingual {
  return { en: formatDateRange(d.period.from, d.period.to, 'en'), ja: formatDateRange(d.period.from, d.period.to, 'ja') }
}

export function digestTitle(d: Digest): Bilingual {
  const w = weekLabel(d)
  return { en: `Weekly digest: ${w.en}`, ja: `週次ダイジェスト（${w.ja}）` }
}

export function digestMeta(d: Digest): Bilingual {
  const late = d.late
  return {
    en: `${d.period.key} · events recorded ${d.period.from} – ${d.period.to} (${d.timeZone}) · FY${d.fiscalYear} to date: through ${d.period.to}${late ? ' · ⚠️ posted late: the app was not running at the scheduled time' : ''}`,
    ja: `週番号 ${d.period.key}・${formatDateRange(d.period.from, d.period.to, 'ja')}（${d.timeZone}）に登録された事業・${d.fiscalYear}年度累計は${formatDate(d.period.to, 'ja')}現在${late ? '・【遅延配信】予定時刻にアプリが停止していたため、遅れて配信しています' : ''}`,
  }
}

export function recordedSummary(d: Digest, s: Style): Bilingual {
  const n = d.recorded.total
  if (n === 0) {
    return {
      en: `${s.bold('Recorded last week: no events.')}`,
      ja: `${s.bold('先週登録された事業：なし')}`,
    }
  }
  const en = d.recorded.byOffice.map((o) => `${officeShort(o.officeCode, 'en')} ${num(o.events)}`).join(' · ')
  const ja = d.recorded.byOffice.map((o) => `${officeShort(o.officeCode, 'ja')} ${num(o.events)}件`).join('、')
  return {
    en: `${s.bold(`Recorded last week: ${formatCount(n, 'events', 'en')}`)} — by office: ${en}`,
    ja: `${s.bold(`先週登録された事業：${num(n)}件`)}（在外公館別：${ja}）`,
  }
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
  return hasAttachment
    ? { en: `…and ${num(rest)} more: the full list of ${num(d.recorded.total)} is in the CSV attached in the thread.`, ja: `…ほか${num(rest)}件。全${num(d.recorded.total)}件の一覧はスレッドに添付したCSVをご覧ください。` }
    : { en: `…and ${num(rest)} more (full list: grassroots export, or the CSV attached when posted).`, ja: `…ほか${num(rest)}件（全件の一覧は、grassroots export 又は投稿時に添付されるCSVをご覧ください）。` }
}

function comparison(label: Bilingual, cur: number, prev: number, prevFy: number, unit: { en: string; ja: string }): Bilingual {
  return {
    en: `${label.en}: ${num(cur)} (FY${prevFy} at the same point: ${num(prev)}, ${signed(cur - prev)})`,
    // exact figures, with the bureau's 万 reading beside a large one (213,421名（約21万名）)
    ja: `${label.ja}：${formatJaCount(cur, unit.ja)}（${prevFy}年度同期：${formatJaCount(prev, unit.ja)}、${signed(cur - prev)}${unit.ja}）`,
  }
}

export function fyComparison(d: Digest): { heading: Bilingual; lines: Bilingual[] } {
  const c: PeriodFigures = d.fyToDate
  const p: PeriodFigures = d.previousFyToDate
  const prevFy = d.fiscalYear - 1
  return {
    heading: { en: `FY${d.fiscalYear} to date (${c.range.from} – ${c.range.to})`, ja: `${d.fiscalYear}年度の累計（${formatDateRange(c.range.from, c.range.to, 'ja')}）` },
    lines: [
      comparison({ en: 'Events', ja: '実施件数' }, c.events, p.events, prevFy, { en: '', ja: '件' }),
      comparison({ en: 'Participants', ja: '延べ参加者数' }, c.participants, p.participants, prevFy, { en: '', ja: '名' }),
      comparison({ en: 'States covered (of 50)', ja: '実施州数（50州中）' }, c.statesCovered, p.statesCovered, prevFy, { en: '', ja: '州' }),
    ],
  }
}

export function firstTimeText(d: Digest, s: Style): Bilingual {
  if (d.firstTimeStates.length === 0) {
    return {
      en: `${s.bold(`Covered for the first time in FY${d.fiscalYear}:`)} none so far.`,
      ja: `${s.bold(`${d.fiscalYear}年度に初めて事業を実施した州：`)}現時点でなし`,
    }
  }
  return {
    en: `${s.bold(`Covered for the first time in FY${d.fiscalYear}:`)} ${stateNames(d.firstTimeStates, 'en')} 🎉`,
    ja: `${s.bold(`${d.fiscalYear}年度に初めて事業を実施した州：`)}${stateNames(d.firstTimeStates, 'ja')}`,
  }
}

export function reminderText(d: Digest, s: Style): Bilingual | undefined {
  if (d.officesWithoutEvents.length === 0) return undefined
  return {
    en: `${s.bold('A gentle reminder:')} no event has been recorded yet this fiscal year for ${d.officesWithoutEvents.map((o) => officeShort(o, 'en')).join(', ')}. If you have held one, we would be grateful if you could record it.`,
    ja: `${s.bold('ご登録のお願い：')}今年度は、${d.officesWithoutEvents.map((o) => officeName(o, 'ja', 'text')).join('、')}の事業がまだ登録されていません。実施済みの事業がございましたら、ご登録をお願いいたします。`,
  }
}

export const FOOTER: Bilingual = {
  en: 'Every figure is counted from the events recorded so far. Chart: events per month, this FY and last FY to the same point.',
  ja: '数値はすべて登録済みの事業から集計しています。グラフ：月別実施件数（今年度及び前年度同期）。',
}
