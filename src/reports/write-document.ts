// Writes the fiscal-year report as a slide deck (.pptx) or a workbook (.xlsx), in one language, beside the
// Markdown report. pptxgenjs and exceljs are loaded only here, when a deck or a workbook is asked for, so that
// every other command starts without them.
import fs from 'node:fs'
import path from 'node:path'
import type { ChartRenderer } from '../charts/renderer.ts'
import type { Lang, Localized } from '../i18n/lang.ts'
import type { EventRecord } from '../domain/event.ts'
import type { Db } from '../store/client.ts'
import { iterateEvents } from '../store/events.ts'
import { reportChartSpecs } from './charts.ts'
import { REPORT_FILES, type FyReport } from './fy-report.ts'
import type { ReportConfig } from './report-config.ts'

export type DocumentFormat = 'pptx' | 'xlsx'
export type DocumentLang = Lang

/** report.pptx / report.xlsx in Japanese, report.en.pptx / report.en.xlsx in English. */
export const documentFileName = (format: DocumentFormat, lang: DocumentLang): string => `report${FILE_SUFFIX[lang]}.${format}`

/** What a document's file name carries for its language: nothing for Japanese, the bureau's own. */
export const FILE_SUFFIX = { en: '.en', ja: '' } as const satisfies Localized<string>

/**
 * The events the report's `fyTotals.events` counts: those of its FY dated up to its `asOf`, oldest first (the
 * order of the CSV export). The workbook checks that their number is the report's.
 */
export async function fyEventsOfReport(db: Db, r: FyReport): Promise<EventRecord[]> {
  const events: EventRecord[] = []
  for await (const e of iterateEvents(db, { fiscalYears: [r.fy] })) if (e.startDate <= r.asOf) events.push(e)
  return events
}

/** Draws the map of cumulative events per state for the deck; never rejects (null and the error instead). */
export async function renderReportMap(r: FyReport, charts: ChartRenderer): Promise<{ png: Buffer | null; error: Error | null }> {
  try {
    return { png: (await charts.render(reportChartSpecs(r)[REPORT_FILES.map])).png, error: null }
  } catch (e) {
    return { png: null, error: e instanceof Error ? e : new Error(String(e)) }
  }
}

/**
 * Builds the deck or the workbook of `report` and writes it into `outDir` (created if missing; a file of the
 * same name is replaced). `mapPng`: the map for the deck (null: the slide says it could not be drawn).
 * Resolves to the file written.
 */
export async function writeFyReportDocument(
  db: Db,
  options: { report: FyReport; format: DocumentFormat; lang: DocumentLang; outDir: string; config: ReportConfig; mapPng?: Buffer | null },
): Promise<string> {
  const { report, format, lang, config } = options
  let bytes: Buffer
  if (format === 'pptx') {
    const { buildFyReportDeck } = await import('./deck.ts')
    bytes = await buildFyReportDeck(report, { lang, config, mapPng: options.mapPng ?? null })
  } else {
    const { buildFyReportWorkbook } = await import('./workbook.ts')
    bytes = await buildFyReportWorkbook(report, await fyEventsOfReport(db, report), { lang, config })
  }
  fs.mkdirSync(options.outDir, { recursive: true })
  const file = path.join(options.outDir, documentFileName(format, lang))
  fs.writeFileSync(file, bytes)
  return file
}
