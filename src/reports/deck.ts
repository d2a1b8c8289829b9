// The fiscal-year report as the task force's slide deck (資料１), in one language (Japanese first), from the
// figures of buildFyReport (fy-report.ts) and the bureau's words (report-config.ts). Slides:
//   1. cover: document label, task force, the year's title, month of issue in the era calendar, issuing bureau
//   2. これまでの取組: the action plan in force, the FY's and cumulative events, the coverage of the 50 states
//      (the last state reached), participants per FY as a native (editable) PowerPoint bar chart and their
//      rounded figures (約3,760,000名)
//   3. 地域別累計実績: the map of cumulative events per state (the PNG of src/charts) and events per region
//   4. 代表的な案件（ベストプラクティス）: one block per best practice, four to a slide, under the category headings
//      in their order (best-practices.ts), ongoing programmes of earlier years too (継続中)
//   5. 次年度の方向性: the bureau's text (config/next-year.md), editable
// Layout only: no figure is computed here (rounding to 約…名 is formatting, i18n/format.ts).
import pptxgenModule from 'pptxgenjs'
import type { EventRecord } from '../domain/event.ts'
import { fyShortLabelJa } from '../domain/fiscal-year.ts'
import { officeName } from '../domain/offices.ts'
import { stateName } from '../domain/states.ts'
import { LOCALES, formatDate, formatMonth, formatNumber as num, peopleEn, peopleJa } from '../i18n/format.ts'
import type { Lang, Localized } from '../i18n/lang.ts'
import { budgetLines, type FyReport } from './fy-report.ts'
import { stateNames } from './format.ts'
import { bestPracticeGroups, bestPracticeItem, bestPracticeWhen, categoryHeading, isGrouped, numberedBestPractice, ongoingNote, type BestPracticeGroup } from './best-practices.ts'
import { eraMonthJa, sentencesJa, summaryIn } from './office-format.ts'
import type { ReportConfig, TextBlock } from './report-config.ts'

export type DeckLang = Lang

export interface DeckOptions {
  lang: DeckLang
  config: ReportConfig
  /** The map of cumulative events per state (PNG), or null when it could not be drawn. */
  mapPng: Buffer | null
}

// LAYOUT_WIDE: 13.333 × 7.5 inches
const W = 13.333
const MARGIN = 0.4
const CONTENT_W = W - 2 * MARGIN
/** Width of slide 2's chart (inches); the rounded figures take the rest of the line. */
const CHART_W = 7.5
const NAVY = '1F3864'
const FONT = { ja: 'Meiryo UI', en: 'Arial' } as const
/**
 * Text box insets (inches): none where the text lines up with the slide's margin; `framed` inside a border or a
 * background, so that the text keeps off its edges; `panel` for the bordered figures of slide 2. pptxgenjs takes
 * a text box's margin in points (see `inset`).
 */
const INSET = { framed: 0.08, panel: 0.15 } as const
/** A text box margin for pptxgenjs (points, on every side) from inches. */
const inset = (inches: number): number => Math.round(inches * 72 * 100) / 100
/** Left indent of a bulleted paragraph as pptxgenjs writes it (inches; a second-level bullet twice as much). */
const BULLET_INDENT = 0.375
/** Best practices per slide (a 2 × 2 grid). */
export const BEST_PRACTICES_PER_SLIDE = 4

// pptxgenjs's types declare a CommonJS module whose default export is the class; its ESM build (what Node
// loads) exports the class itself as default
type P = typeof pptxgenModule.default
const PptxGenJS: P = (pptxgenModule as unknown as { default?: P }).default ?? (pptxgenModule as unknown as P)
type Slide = import('pptxgenjs').default.Slide
type Run = import('pptxgenjs').default.TextProps
type TextOptions = import('pptxgenjs').default.TextPropsOptions
type TableCell = import('pptxgenjs').default.TableCell
type TableRow = import('pptxgenjs').default.TableRow

const jaFy = (fy: number) => fyShortLabelJa(fy)
const PLURAL_EN = new Intl.PluralRules(LOCALES.en)

/** The deck's words in each language. */
interface DeckText {
  /** The span of the report's years in a title: FY2022 / FY2019–FY2022. */
  span(r: FyReport): string
  coverageComplete(last: { fy: number; states: string[] }): string
  coverageSoFar(cov: FyReport['coverage']): string
  achievements(r: FyReport, config: ReportConfig): string
  participants(r: FyReport): string[]
  /** A summary's paragraphs as the points of a best practice (one per sentence in Japanese). */
  points(paragraphs: string[]): string[]
  achievementsTitle: string
  byRegion(r: FyReport): string
  bestPractices(r: FyReport): string
  continued: string
  cover(r: FyReport): string
  demo: string
  inProgress(r: FyReport): string
  issued(isoMonth: string): string
  fyLabel(fy: number): string
  participantsSeries: string
  participantsChartTitle(r: FyReport): string
  participantsAxis: string
  mapAlt: string
  mapMissing: string
  regionHeads(r: FyReport): [string, string, string]
  regionName(g: FyReport['regions'][number]): string
  regionNotes(r: FyReport): string[]
  noBestPractices(r: FyReport): string
  noSummary: string
  unlisted(r: FyReport, unlisted: number): string
}

export const DECK_TEXT: Localized<DeckText> = {
  en: {
    span: (r) => (r.firstFy === r.fy ? `FY${r.fy}` : `FY${r.firstFy}–FY${r.fy}`),
    coverageComplete: (last) =>
      `With ${PLURAL_EN.select(last.states.length) === 'one' ? 'an event' : 'events'} in ${stateNames(last.states, 'en')} in FY${last.fy}, grassroots activities have reached all 50 states.`,
    coverageSoFar: (cov) => `Activities have reached ${cov.statesCoveredCumulative} of the 50 states (not yet: ${stateNames(cov.notCoveredCumulative, 'en')}).`,
    achievements: (r, config) => {
      const plan = config.actionPlan
      const counts = r.firstFy === r.fy
        ? `FY${r.fy}: ${num(r.fyTotals.events)} events`
        : `FY${r.fy}: ${num(r.fyTotals.events)} events; since FY${r.firstFy}: ${num(r.cumulativeTotals.events)} events`
      const budget = budgetLines(r)
      return `Under ${plan.name.en}, adopted in ${plan.adoptedYear}, ${plan.activities.en} (${counts}). ${coverageSentence(r, 'en')}${budget === null ? '' : ` ${budget.en}`}`
    },
    participants: (r) => [
      `* Participants in all: ${peopleEn(r.cumulativeTotals.participants)}`,
      ...r.byFiscalYear.map((y) => `FY${y.fiscalYear}: ${peopleEn(y.participants)}`),
    ],
    points: (paragraphs) => paragraphs,
    achievementsTitle: 'Achievements so far',
    byRegion: (r) => `Events ${DECK_TEXT.en.span(r)}: cumulative results by region`,
    bestPractices: (r) => `Best practices of FY${r.fy}`,
    continued: ' (continued)',
    cover: (r) => `Activities in FY${r.fy}`,
    demo: 'Demo data: the figures come from data generated by grassroots demo, not from real events.',
    inProgress: (r) => `FY${r.fy} is not over: events up to ${r.asOf} are counted.`,
    issued: (isoMonth) => formatMonth(isoMonth, 'en'),
    fyLabel: (fy) => `FY${fy}`,
    participantsSeries: 'Participants',
    participantsChartTitle: (r) => `Participants per fiscal year (${DECK_TEXT.en.span(r)})`,
    participantsAxis: 'Participants',
    mapAlt: 'Map of cumulative events per state',
    mapMissing: '(The map could not be drawn; per-state figures are in the workbook.)',
    regionHeads: (r) => ['Region', `FY${r.fy}`, 'Cumulative'],
    regionName: (g) => g.nameEn,
    regionNotes: (r) => [
      `Events. ${DECK_TEXT.en.span(r)}: ${num(r.cumulativeTotals.events)} events in all; ${r.coverage.statesCoveredCumulative} of 50 states covered; Washington, DC: ${num(r.coverage.dc.cumulativeEvents)} events.`,
      'US Census regions (DC in the South). An event in several states or regions counts in each.',
    ],
    noBestPractices: (r) => `No event of FY${r.fy} is marked as a best practice.`,
    noSummary: '(no summary recorded)',
    unlisted: (r, unlisted) => `${num(unlisted)} more best practices of FY${r.fy} (${num(r.bestPracticesTotal)} in all) are not shown.`,
  },
  ja: {
    span: (r) => (r.firstFy === r.fy ? jaFy(r.fy) : `${jaFy(r.firstFy)}－${jaFy(r.fy)}`),
    coverageComplete: (last) => `${jaFy(last.fy)}に${stateNames(last.states, 'ja')}で事業を実施したことで、全州網羅的にグラスルーツ事業を展開することを達成。`,
    coverageSoFar: (cov) => `全50州中${cov.statesCoveredCumulative}州で事業を実施（未実施：${stateNames(cov.notCoveredCumulative, 'ja')}）。`,
    achievements: (r, config) => {
      const plan = config.actionPlan
      const counts = r.firstFy === r.fy
        ? `${jaFy(r.fy)}実施案件${num(r.fyTotals.events)}件`
        : `${jaFy(r.fy)}実施案件${num(r.fyTotals.events)}件、${jaFy(r.firstFy)}からの累計${num(r.cumulativeTotals.events)}件`
      return `${plan.adoptedYear}年に策定した${plan.name.ja}に基づき、${plan.activities.ja}を実施（${counts}）。${coverageSentence(r, 'ja')}${budgetLines(r)?.ja ?? ''}`
    },
    participants: (r) => [
      `＊延べ参加者数${peopleJa(r.cumulativeTotals.participants)}（${peopleJa(r.cumulativeTotals.participants, 'man')}）`,
      ...r.byFiscalYear.map((y) => `${jaFy(y.fiscalYear)}：${peopleJa(y.participants)}`),
    ],
    points: (paragraphs) => paragraphs.flatMap(sentencesJa),
    achievementsTitle: 'これまでの取組',
    byRegion: (r) => `${DECK_TEXT.ja.span(r)}の案件実施状況（地域別累計実績）`,
    bestPractices: (r) => `${jaFy(r.fy)}の代表的な案件（ベストプラクティス）`,
    continued: '（続き）',
    cover: (r) => `${jaFy(r.fy)}の取組`,
    demo: 'デモデータ：本資料の数値は grassroots demo で生成したデータによるもの（実績ではない）。',
    inProgress: (r) => `${jaFy(r.fy)}は年度途中のため、${formatDate(r.asOf, 'ja')}までの事業を集計。`,
    issued: (isoMonth) => eraMonthJa(isoMonth),
    fyLabel: (fy) => jaFy(fy),
    participantsSeries: '延べ参加者数',
    participantsChartTitle: (r) => `年度別延べ参加者数（${DECK_TEXT.ja.span(r)}）`,
    participantsAxis: '延べ参加者数（名）',
    mapAlt: '州別累計実施件数の地図',
    mapMissing: '（地図は未作成。州別の実施件数はブック（report.xlsx）を参照。）',
    regionHeads: (r) => ['地域', jaFy(r.fy), '累計'],
    regionName: (g) => g.nameJa,
    regionNotes: (r) => [
      `実施件数（件）。${DECK_TEXT.ja.span(r)}の累計${num(r.cumulativeTotals.events)}件、実施州数 全50州中${r.coverage.statesCoveredCumulative}州、${stateName('DC', 'ja')}累計${num(r.coverage.dc.cumulativeEvents)}件。`,
      '地域区分は米国国勢調査局の4地域による（DCは南部）。複数の州・地域にまたがる事業は各州・各地域で計上。',
    ],
    noBestPractices: (r) => `${jaFy(r.fy)}にベストプラクティスとして登録された事業なし。`,
    noSummary: '（概要の登録なし）',
    unlisted: (r, unlisted) => `このほか、${jaFy(r.fy)}のベストプラクティス${num(unlisted)}件（計${num(r.bestPracticesTotal)}件）。`,
  },
}

const FULL_WIDTH = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u
const LATIN_OR_DIGIT = /[A-Za-z0-9]/

/**
 * Width of a text in ems, on the safe side: full-width characters (kanji, kana, full-width forms) 1, others 0.6,
 * a quarter em more where Japanese meets a Latin letter or digit (LibreOffice and PowerPoint set them apart),
 * bold 5% wider. Rendered by LibreOffice with Noto Sans CJK JP (the fonts of a machine without Meiryo UI), the
 * demo's heading （３）ボストン総：CIC（…）（2022年10月） took three lines at 12 pt where 0.55 em per Latin
 * character had predicted two.
 */
export function ems(s: string, bold = false): number {
  const chars = [...s]
  const w = chars.reduce((sum, c, i) => {
    const prev = chars[i - 1]
    const boundary = prev !== undefined && LATIN_OR_DIGIT.test(c) !== LATIN_OR_DIGIT.test(prev) && (FULL_WIDTH.test(c) || FULL_WIDTH.test(prev))
    return sum + (FULL_WIDTH.test(c) ? 1 : 0.6) + (boundary ? 0.25 : 0)
  }, 0)
  return bold ? w * 1.05 : w
}

/** A paragraph to fit: its text, whether bold, its left indent (inches), the space around it and points above the box's size. */
export interface FitParagraph {
  text: string
  bold?: boolean
  /** Left indent of the lines (inches): 0.375 for a bullet, 0.75 for a second-level one. */
  indent?: number
  /** Space before plus after the paragraph (points); 4 when not given. */
  spacing?: number
  /** Points added to the box's size for this paragraph (a heading one point larger). */
  larger?: number
}

/** Lines fill to 95% of the width: a line does not begin with ）、。 and the like, so it may break early. */
const LINE_FILL = 0.95
/** Line height as a multiple of the font size. */
const LINE_HEIGHT = 1.25

/**
 * Height (inches) the paragraphs take at `pt` points in a text area `width` inches wide (inside the box's
 * insets): every paragraph at least one line, lines of LINE_HEIGHT × the size, plus each paragraph's spacing.
 */
export function textHeight(paragraphs: readonly (string | FitParagraph)[], width: number, pt: number): number {
  return paragraphs.reduce<number>((h, para) => {
    const p: FitParagraph = typeof para === 'string' ? { text: para } : para
    const size = pt + (p.larger ?? 0)
    const lineW = (width - (p.indent ?? 0)) * LINE_FILL
    const lines = Math.max(1, Math.ceil((ems(p.text, p.bold) * size) / 72 / lineW))
    return h + (lines * size * LINE_HEIGHT + (p.spacing ?? 4)) / 72
  }, 0)
}

/**
 * The largest font size (pt, from `max` down by half points to `min`) at which the paragraphs fit a text box of
 * `w` × `h` inches with `inset` inches of margin on every side (default 0); `min` when none does. An estimate
 * from character widths (ems), so that the slide opens readable without PowerPoint's autofit having run.
 * `indent` and `bold` apply to every paragraph given as a plain string.
 */
export function fitFontSize(
  paragraphs: readonly (string | FitParagraph)[],
  box: { w: number; h: number; inset?: number },
  size: { max: number; min: number; indent?: number; bold?: boolean },
): number {
  const inset = box.inset ?? 0
  const paras = paragraphs.map((p): FitParagraph => (typeof p === 'string' ? { text: p, indent: size.indent ?? 0, bold: size.bold ?? false } : p))
  for (let pt = size.max; pt > size.min; pt -= 0.5) {
    if (textHeight(paras, box.w - 2 * inset, pt) <= box.h - 2 * inset) return pt
  }
  return size.min
}

/** The largest size (pt, from `max` down by half points, at least `min`) at which a text stays on one line `width` inches wide. */
export function oneLineFontSize(text: string, width: number, size: { max: number; min: number; bold?: boolean }): number {
  for (let pt = size.max; pt > size.min; pt -= 0.5) {
    if ((ems(text, size.bold) * pt) / 72 <= width * LINE_FILL) return pt
  }
  return size.min
}

/**
 * A best practice's heading lines as drawn at `pt` points in a box `width` inches wide (inside its insets): a
 * line that would wrap is broken before its date — （ヒューストン総：…ウェビナー / （2022年6月）） — so that the
 * renderer, which may break Japanese between any two characters, never splits 2022年6月 over two lines.
 * `when` is the date as the heading writes it (bestPracticeWhen: 2022年6月, June 2022, 2018年～).
 */
export function headingLinesAt(lines: readonly string[], when: string, width: number, pt: number): string[] {
  return lines.flatMap((line) => {
    if ((ems(line, true) * pt) / 72 <= width * LINE_FILL) return [line]
    const at = Math.max(line.lastIndexOf(`（${when}）`), line.lastIndexOf(`(${when})`))
    return at > 0 ? [line.slice(0, at).trimEnd(), line.slice(at)] : [line]
  })
}

/**
 * The largest size (pt, `max` down by half points to `min`) at which a heading fits a box of `w` × `h` inches
 * with `inset` margins, with its lines broken before the date where they wrap (headingLinesAt); `min` when none
 * does.
 */
export function fitHeadingSize(lines: readonly string[], when: string, box: { w: number; h: number; inset: number }, size: { max: number; min: number }): number {
  const width = box.w - 2 * box.inset
  for (let pt = size.max; pt > size.min; pt -= 0.5) {
    const paras = headingLinesAt(lines, when, width, pt).map((text): FitParagraph => ({ text, bold: true, spacing: 0 }))
    if (textHeight(paras, width, pt) <= box.h - 2 * box.inset) return pt
  }
  return size.min
}

/** The PNG's size in pixels (IHDR), to place it without stretching; null if the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | null {
  if (png.length < 24 || png.readUInt32BE(0) !== 0x89504e47) return null
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/**
 * The states reached last: the 50 states whose first fiscal year with an event is the latest (up to the
 * report's FY), with that year; null while a state has had no event.
 */
export function lastStatesCovered(r: FyReport): { fy: number; states: string[] } | null {
  const fifty = r.states.filter((s) => s.isState)
  if (r.coverage.notCoveredCumulative.length > 0 || fifty.some((s) => s.firstFy === null)) return null
  const fy = Math.max(...fifty.map((s) => s.firstFy ?? 0))
  return { fy, states: fifty.filter((s) => s.firstFy === fy).map((s) => s.code) }
}

/** The sentence of slide 2 on the coverage of the 50 states. */
export function coverageSentence(r: FyReport, lang: DeckLang): string {
  const last = lastStatesCovered(r)
  return last !== null ? DECK_TEXT[lang].coverageComplete(last) : DECK_TEXT[lang].coverageSoFar(r.coverage)
}

/** The opening paragraph of slide 2: the action plan, what is done under it, the FY's and cumulative events. */
export function achievementsText(r: FyReport, config: ReportConfig, lang: DeckLang): string {
  return DECK_TEXT[lang].achievements(r, config)
}

/** The rounded participants beside the chart: the total, then one line per FY (＊延べ参加者数約3,760,000名). */
export function participantLines(r: FyReport, lang: DeckLang): string[] {
  return DECK_TEXT[lang].participants(r)
}

/**
 * A best practice's heading, one paragraph per line: under categories the category's heading and the item
 * (（１）総領事館が所在しない地域での事業 / （シカゴ総：草の根キャラバン（2022年5月））), else the item numbered on its own
 * (（１）シカゴ総：草の根キャラバン（2022年5月） / (1) Chicago: Grassroots Caravan (May 2022)). An ongoing programme's
 * date reads （2018年～） / (since 2018).
 */
export function bestPracticeHeading(e: EventRecord, where: { group: BestPracticeGroup | null; index: number }, lang: DeckLang): string[] {
  return where.group === null ? [numberedBestPractice(e, where.index, lang)] : [categoryHeading(where.group, lang), bestPracticeItem(e, lang)]
}

/**
 * A best practice's points: the summary in the deck's language, one point per sentence in Japanese; an ongoing
 * programme's note first (2018年度から継続中の事業（2022年度も継続中）。) when `reportFy` is given.
 */
export function bestPracticePoints(e: EventRecord, lang: DeckLang, reportFy?: number): string[] {
  const paragraphs = summaryIn(e.summary, lang)
  const note = reportFy === undefined ? null : ongoingNote(e, reportFy, lang)
  return [...(note === null ? [] : [note]), ...DECK_TEXT[lang].points(paragraphs)]
}

/**
 * The deck as a .pptx file (bytes). Rejects only if pptxgenjs cannot write it. Text boxes, the table and the
 * participants chart stay editable in PowerPoint; the map is a picture.
 */
export async function buildFyReportDeck(r: FyReport, options: DeckOptions): Promise<Buffer> {
  const { lang, config } = options
  const T = DECK_TEXT[lang]
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.theme = { headFontFace: FONT[lang], bodyFontFace: FONT[lang] }
  pptx.author = config.issuer[lang]
  pptx.company = config.issuer[lang]
  pptx.title = `${config.taskForce[lang]} ${T.cover(r)}`
  pptx.subject = config.documentLabel[lang]
  // text boxes without insets (pptxgenjs's margin is in points), so their text lines up with the slide's margin;
  // framed boxes give theirs with inset()
  const text = (opts: TextOptions): TextOptions => ({ fontFace: FONT[lang], lang: LOCALES[lang], color: '000000', margin: 0, ...opts })
  let page = 0

  const frame = (title: string): Slide => {
    const slide = pptx.addSlide()
    page += 1
    slide.addText(config.taskForce[lang], text({ x: MARGIN, y: 0.2, w: CONTENT_W, h: 0.35, fontSize: 12, color: NAVY }))
    // the title on one line, above the rule (a long one, such as the next year's with its budget, smaller)
    slide.addText(title, text({ x: MARGIN, y: 0.55, w: CONTENT_W, h: 0.6, fontSize: oneLineFontSize(title, CONTENT_W, { max: 24, min: 16, bold: true }), bold: true, color: NAVY }))
    slide.addShape(pptx.ShapeType.line, { x: MARGIN, y: 1.2, w: CONTENT_W, h: 0, line: { color: NAVY, width: 1.5 } })
    slide.addText(String(page), text({ x: W - MARGIN - 0.6, y: 7.05, w: 0.6, h: 0.3, fontSize: 10, align: 'right', color: '595959' }))
    if (r.demoOnly) slide.addText(T.demo, text({ x: MARGIN, y: 7.05, w: CONTENT_W - 0.8, h: 0.3, fontSize: 9, color: 'C00000' }))
    return slide
  }

  // 1. Cover
  {
    const slide = pptx.addSlide()
    page += 1
    slide.addText(config.documentLabel[lang], text({ x: W - MARGIN - 1.6, y: 0.35, w: 1.6, h: 0.5, fontSize: 16, align: 'center', line: { color: '000000', width: 1 }, margin: inset(INSET.framed) }))
    slide.addText(config.taskForce[lang], text({ x: 0.8, y: 2.0, w: W - 1.6, h: 1.3, fontSize: 28, bold: true, align: 'center', valign: 'middle', color: NAVY }))
    slide.addText(T.cover(r), text({ x: 0.8, y: 3.4, w: W - 1.6, h: 0.7, fontSize: 22, align: 'center' }))
    slide.addText(
      [
        { text: T.issued(config.issued), options: { breakLine: true } },
        { text: config.issuer[lang] },
      ],
      text({ x: W - MARGIN - 6, y: 5.2, w: 6, h: 1.0, fontSize: 18, align: 'right' }),
    )
    const notes = [...(r.demoOnly ? [T.demo] : []), ...(r.asOf < r.fyRange.to ? [T.inProgress(r)] : [])]
    if (notes.length > 0) slide.addText(notes.join('\n'), text({ x: MARGIN, y: 6.5, w: CONTENT_W, h: 0.7, fontSize: 11, color: 'C00000' }))
  }

  // 2. これまでの取組
  {
    const slide = frame(T.achievementsTitle)
    const opening = achievementsText(r, config, lang)
    slide.addText(opening, text({ x: MARGIN, y: 1.35, w: CONTENT_W, h: 1.45, fontSize: fitFontSize([opening], { w: CONTENT_W, h: 1.45 }, { max: 16, min: 10 }), valign: 'top', fit: 'shrink' }))
    const labels = r.byFiscalYear.map((y) => T.fyLabel(y.fiscalYear))
    slide.addChart(
      pptx.ChartType.bar,
      [{ name: T.participantsSeries, labels, values: r.byFiscalYear.map((y) => y.participants) }],
      {
        x: MARGIN, y: 2.9, w: CHART_W, h: 4.1,
        barDir: 'col',
        chartColors: [NAVY],
        showTitle: true,
        title: T.participantsChartTitle(r),
        titleFontSize: 14,
        titleFontFace: FONT[lang],
        showValue: true,
        dataLabelFormatCode: '#,##0',
        dataLabelFontSize: 10,
        valAxisLabelFormatCode: '#,##0',
        // the axis says its unit; the figures stay exact (a display unit of 万 is drawn by PowerPoint but
        // ignored by LibreOffice, which would then show 1,200,000 under a 万名 title)
        showValAxisTitle: true,
        valAxisTitle: T.participantsAxis,
        valAxisTitleFontSize: 10,
        valAxisTitleFontFace: FONT[lang],
        catAxisLabelFontFace: FONT[lang],
        valAxisLabelFontFace: FONT[lang],
        catAxisLabelFontSize: 11,
        valAxisLabelFontSize: 10,
        showLegend: false,
      },
    )
    // the figures as the bureau rounds them, in a box beside the chart: the total on one line, the years below
    // at most its size; the box as tall as its text
    const [total = '', ...years] = participantLines(r, lang)
    const panel = { x: MARGIN + CHART_W + 0.25, y: 3.1, maxH: 3.7 }
    const panelW = W - MARGIN - panel.x
    const innerW = panelW - 2 * INSET.panel
    const totalPt = oneLineFontSize(total, innerW, { max: 15, min: 10, bold: true })
    const totalPara: FitParagraph = { text: total, bold: true, spacing: 6 }
    const yearsRoom = panel.maxH - 2 * INSET.panel - textHeight([totalPara], innerW, totalPt)
    const yearsPt = Math.min(totalPt, fitFontSize(years.map((text) => ({ text, spacing: 0 })), { w: innerW, h: yearsRoom }, { max: 14, min: 9 }))
    const panelH = Math.min(panel.maxH, textHeight([totalPara], innerW, totalPt) + textHeight(years.map((text) => ({ text, spacing: 0 })), innerW, yearsPt) + 2 * INSET.panel + 0.1)
    slide.addText(
      [
        { text: total, options: { bold: true, fontSize: totalPt, breakLine: true, paraSpaceAfter: 6 } },
        ...years.map((line, i): Run => ({ text: line, options: { fontSize: yearsPt, breakLine: i < years.length - 1 } })),
      ],
      text({ x: panel.x, y: panel.y, w: panelW, h: panelH, valign: 'top', line: { color: NAVY, width: 1 }, margin: inset(INSET.panel) }),
    )
  }

  // 3. 地域別累計実績
  {
    const slide = frame(T.byRegion(r))
    const box = { x: MARGIN, y: 1.35, w: 8.4, h: 5.6 }
    const size = options.mapPng === null ? null : pngSize(options.mapPng)
    if (options.mapPng !== null && size !== null) {
      const scale = Math.min(box.w / size.width, box.h / size.height)
      const w = size.width * scale
      const h = size.height * scale
      slide.addImage({
        data: `image/png;base64,${options.mapPng.toString('base64')}`,
        x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h,
        altText: T.mapAlt,
      })
    } else {
      slide.addText(T.mapMissing,
        text({ ...box, fontSize: 14, align: 'center', valign: 'middle', color: '7F7F7F', line: { color: 'BFBFBF', width: 1 } }))
    }
    const head = (s: string): TableCell => ({ text: s, options: { bold: true, color: 'FFFFFF', fill: { color: NAVY }, align: 'center' } })
    const cell = (s: string, align: 'left' | 'right' = 'right'): TableCell => ({ text: s, options: { align } })
    const rows: TableRow[] = [
      T.regionHeads(r).map(head),
      ...r.regions.map((g) => [cell(T.regionName(g), 'left'), cell(num(g.fyEvents)), cell(num(g.cumulativeEvents))]),
    ]
    slide.addTable(rows, { x: 9.0, y: 1.5, w: W - MARGIN - 9.0, colW: [1.6, 1.1, 1.233], fontFace: FONT[lang], fontSize: 12, border: { type: 'solid', color: 'BFBFBF', pt: 0.75 } })
    const notes = T.regionNotes(r)
    slide.addText(notes.map((n, i): Run => ({ text: n, options: { breakLine: i < notes.length - 1, paraSpaceAfter: 4 } })),
      text({ x: 9.0, y: 3.7, w: W - MARGIN - 9.0, h: 3.1, fontSize: 11, valign: 'top', color: '404040' }))
  }

  // 4. 代表的な案件（ベストプラクティス）: under their category headings in the categories' order (without
  // categories, numbered one by one), the ongoing ones of earlier years with the year's own
  {
    const groups = bestPracticeGroups(r)
    const grouped = isGrouped(groups)
    const listed = groups.flatMap((g) => g.events.map((e) => ({ e, group: grouped ? g : null })))
    const pages = Math.max(1, Math.ceil(listed.length / BEST_PRACTICES_PER_SLIDE))
    for (let p = 0; p < pages; p++) {
      const slide = frame(p === 0 ? T.bestPractices(r) : `${T.bestPractices(r)}${T.continued}`)
      let top = 1.35
      if (p === 0 && config.bestPracticesLead !== undefined) {
        const lead = config.bestPracticesLead[lang]
        slide.addText(lead, text({ x: MARGIN, y: top, w: CONTENT_W, h: 0.6, fontSize: fitFontSize([lead], { w: CONTENT_W, h: 0.6 }, { max: 14, min: 9 }), valign: 'top', fit: 'shrink' }))
        top += 0.65
      }
      const unlisted = r.bestPracticesTotal - r.bestPractices.length
      if (p === 0 && listed.length === 0) {
        slide.addText(T.noBestPractices(r),
          text({ x: MARGIN, y: top, w: CONTENT_W, h: 0.6, fontSize: 14 }))
      }
      const items = listed.slice(p * BEST_PRACTICES_PER_SLIDE, (p + 1) * BEST_PRACTICES_PER_SLIDE)
      const unlistedNote = p === pages - 1 && unlisted > 0
      // the grid ends above the line on best practices not shown, when there is one
      const bottom = unlistedNote ? 6.7 : 6.95
      const gap = 0.2
      const cellW = (CONTENT_W - gap) / 2
      const cellH = (bottom - top - gap) / 2
      const headingH = 0.85
      const pointsH = cellH - headingH - 0.05
      const blocks = items.map(({ e, group }, i) => ({
        heading: bestPracticeHeading(e, { group, index: p * BEST_PRACTICES_PER_SLIDE + i + 1 }, lang),
        when: bestPracticeWhen(e, lang),
        points: bestPracticePoints(e, lang, r.fy),
      }))
      // one size for the headings of the slide and one for the points, the largest at which every block fits
      const headingBox = { w: cellW, h: headingH, inset: INSET.framed }
      const headingPt = Math.min(13, ...blocks.map((b) => fitHeadingSize(b.heading, b.when, headingBox, { max: 13, min: 8 })))
      const pointsPt = Math.min(12, ...blocks.map((b) => fitFontSize(b.points.map((t) => ({ text: t, indent: BULLET_INDENT, spacing: 3 })), { w: cellW, h: pointsH }, { max: 12, min: 7 })))
      blocks.forEach(({ heading: given, when, points }, i) => {
        const x = MARGIN + (i % 2) * (cellW + gap)
        const y = top + Math.floor(i / 2) * (cellH + gap)
        const heading = headingLinesAt(given, when, cellW - 2 * INSET.framed, headingPt)
        slide.addText(
          heading.map((line, k): Run => ({ text: line, options: { breakLine: k < heading.length - 1 } })),
          text({ x, y, w: cellW, h: headingH, fontSize: headingPt, bold: true, color: NAVY, fill: { color: 'DEEAF6' }, valign: 'middle', fit: 'shrink', margin: inset(INSET.framed) }),
        )
        slide.addText(
          points.length === 0
            ? [{ text: T.noSummary, options: { color: '7F7F7F' } }]
            : points.map((s, k): Run => ({ text: s, options: { bullet: { code: '25A0' }, breakLine: k < points.length - 1, paraSpaceAfter: 3 } })),
          text({ x, y: y + headingH + 0.05, w: cellW, h: pointsH, fontSize: pointsPt, valign: 'top', fit: 'shrink' }),
        )
      })
      if (unlistedNote) {
        slide.addText(T.unlisted(r, unlisted),
          text({ x: MARGIN, y: 6.72, w: CONTENT_W, h: 0.3, fontSize: 10, color: '404040' }))
      }
    }
  }

  // 5. 次年度の方向性
  {
    const next = config.nextYearText[lang]
    const slide = frame(next.title)
    const body = next.blocks.filter((b) => b.kind !== 'note')
    const notes = next.blocks.filter((b) => b.kind === 'note')
    const bodyH = notes.length > 0 ? 5.1 : 5.5
    // one size for the body (headings a point larger), the largest at which every block fits
    const fit = (b: TextBlock): FitParagraph =>
      b.kind === 'heading' ? { text: b.text, bold: true, larger: 1, indent: BULLET_INDENT, spacing: 8 }
        : b.kind === 'bullet' ? { text: b.text, indent: 2 * BULLET_INDENT, spacing: 2 }
          : { text: b.text, spacing: 6 }
    const pt = fitFontSize(body.map(fit), { w: CONTENT_W, h: bodyH }, { max: 16, min: 9 })
    const run = (b: TextBlock, last: boolean): Run => {
      const base = { breakLine: !last }
      if (b.kind === 'heading') return { text: b.text, options: { ...base, bold: true, color: NAVY, fontSize: pt + 1, bullet: { code: '25A0' }, paraSpaceBefore: 8 } }
      if (b.kind === 'bullet') return { text: b.text, options: { ...base, fontSize: pt, bullet: { code: '25CB' }, indentLevel: 1, paraSpaceBefore: 2 } }
      return { text: b.text, options: { ...base, fontSize: pt, paraSpaceAfter: 6 } }
    }
    slide.addText(body.map((b, i) => run(b, i === body.length - 1)), text({ x: MARGIN, y: 1.4, w: CONTENT_W, h: bodyH, valign: 'top', fit: 'shrink' }))
    if (notes.length > 0) {
      slide.addText(notes.map((b, i): Run => ({ text: b.text, options: { breakLine: i < notes.length - 1 } })),
        text({ x: MARGIN, y: 6.55, w: CONTENT_W, h: 0.45, fontSize: 11, color: '404040' }))
    }
  }

  const out = await pptx.write({ outputType: 'nodebuffer' })
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer)
}
