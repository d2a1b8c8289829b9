// What the bureau writes on the report's slides, as opposed to what the data counts: the task force's name, the
// document label (資料１), the month of issue (令和５年８月), the issuing bureau, the action plan in force and the
// text of the next year's direction. It lives in config/report.json and the Markdown files it names (by default
// config/next-year.md and config/next-year.en.md), so the bureau edits words without touching code. Another
// file is chosen by `grassroots report --report-config FILE` or GRASSROOTS_REPORT_CONFIG.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { AppError } from '../errors.ts'

/** config/report.json in the repository (src/reports → ../../config; the same from dist/reports). */
export const DEFAULT_REPORT_CONFIG_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'config', 'report.json')

const bilingual = z.object({ ja: z.string().trim().min(1), en: z.string().trim().min(1) }).strict()

export const reportConfigSchema = z
  .object({
    /** グラスルーツからの日米関係強化に関する政府タスクフォース */
    taskForce: bilingual,
    /** 資料１ */
    documentLabel: bilingual,
    /** Month of issue, 'YYYY-MM' (shown as 令和５年８月 / August 2023). */
    issued: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM, e.g. 2023-08'),
    /** 外務省経済局 */
    issuer: bilingual,
    actionPlan: z
      .object({
        /** 行動計画2.0 */
        name: bilingual,
        /** The calendar year it was adopted (2021年に策定). */
        adoptedYear: z.number().int().min(1989).max(2100),
        /** What is done under it, ending in a noun (…等の事業), for 「…に基づき、{activities}を実施」. */
        activities: bilingual,
      })
      .strict(),
    /** The sentence above the best practices (optional). */
    bestPracticesLead: bilingual.optional(),
    /** The next year's direction: Markdown files, relative to this file. */
    nextYear: z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict(),
  })
  .strict()

export type ReportConfigFile = z.infer<typeof reportConfigSchema>

/** One block of the next year's text: the title (# line), a paragraph, a heading (##), a bullet (-), a note (（※）, ※, *). */
export type TextBlock = { kind: 'paragraph' | 'heading' | 'bullet' | 'note'; text: string }

export interface NextYearText {
  title: string
  blocks: TextBlock[]
}

export interface ReportConfig extends ReportConfigFile {
  /** The file it was read from (absolute). */
  file: string
  nextYearText: { ja: NextYearText; en: NextYearText }
}

/**
 * Reads the next year's text: a `# ` title line first, then paragraphs (lines joined until a blank line),
 * `## ` headings, `- ` bullets and notes (a line starting with （※）, ※ or `* `). Throws an Error naming the
 * line when there is no title.
 */
export function parseNextYearText(markdown: string): NextYearText {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/)
  let title: string | undefined
  const blocks: TextBlock[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ').replace(/([^\x00-\x7F]) (?=[^\x00-\x7F])/gu, '$1') })
    paragraph = []
  }
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') {
      flush()
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) {
      flush()
      if (heading[1] === '#' && title === undefined) title = heading[2]?.trim()
      else blocks.push({ kind: 'heading', text: heading[2]?.trim() ?? '' })
      continue
    }
    if (/^[-・]\s*/.test(line) && !/^-{3,}$/.test(line)) {
      flush()
      blocks.push({ kind: 'bullet', text: line.replace(/^[-・]\s*/, '') })
      continue
    }
    if (/^(（※）|※|\*\s)/.test(line)) {
      flush()
      blocks.push({ kind: 'note', text: line })
      continue
    }
    paragraph.push(line)
  }
  flush()
  if (title === undefined || title === '') throw new Error('the first heading ("# title") is missing')
  return { title, blocks }
}

/**
 * Reads and checks the report's configuration (default: config/report.json) and the next year's texts it
 * names. Throws AppError 'report_config_invalid' ({ file, reason }) when a file is missing, is not JSON, or
 * does not match the schema.
 */
export function loadReportConfig(file: string = DEFAULT_REPORT_CONFIG_FILE): ReportConfig {
  const absolute = path.resolve(file)
  const fail = (where: string, reason: string): never => {
    throw new AppError('report_config_invalid', { file: where, reason })
  }
  let json: unknown
  try {
    json = JSON.parse(fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''))
  } catch (e) {
    return fail(absolute, e instanceof Error ? e.message : String(e))
  }
  const parsed = reportConfigSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return fail(absolute, `${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`)
  }
  const read = (name: string): NextYearText => {
    const target = path.resolve(path.dirname(absolute), name)
    try {
      return parseNextYearText(fs.readFileSync(target, 'utf8'))
    } catch (e) {
      return fail(target, e instanceof Error ? e.message : String(e))
    }
  }
  return { ...parsed.data, file: absolute, nextYearText: { ja: read(parsed.data.nextYear.ja), en: read(parsed.data.nextYear.en) } }
}
