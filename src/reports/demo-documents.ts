// The demo's deck and workbook (Japanese), written next to the Markdown report it has just written, with the
// map PNG it drew (no second drawing).
import fs from 'node:fs'
import path from 'node:path'
import type { Db } from '../store/client.ts'
import { REPORT_FILES } from './fy-report.ts'
import { DEFAULT_REPORT_CONFIG_FILE, loadReportConfig } from './report-config.ts'
import { writeFyReportDocument } from './write-document.ts'
import type { WrittenReport } from './write-report.ts'

/**
 * Writes report.pptx and report.xlsx (Japanese) into the written report's directory; resolves to the files.
 * Rejects with AppError 'report_config_invalid' when the configuration cannot be read.
 */
export async function writeDemoDocuments(db: Db, written: WrittenReport, options: { configFile?: string | undefined } = {}): Promise<string[]> {
  const config = loadReportConfig(options.configFile ?? DEFAULT_REPORT_CONFIG_FILE)
  const mapFile = path.join(written.dir, REPORT_FILES.map)
  const mapDrawn = !written.missingCharts.some((m) => m.file === REPORT_FILES.map) && fs.existsSync(mapFile)
  const mapPng = mapDrawn ? fs.readFileSync(mapFile) : null
  const common = { report: written.report, lang: 'ja' as const, outDir: written.dir, config }
  return [
    await writeFyReportDocument(db, { ...common, format: 'pptx', mapPng }),
    await writeFyReportDocument(db, { ...common, format: 'xlsx' }),
  ]
}
