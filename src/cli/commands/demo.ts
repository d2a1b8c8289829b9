import path from 'node:path'
import readline from 'node:readline/promises'
import { DEFAULT_DEMO_SEED } from '../../demo/generate.ts'
import { loadDemoData } from '../../demo/load.ts'
import { buildDigest } from '../../digest/build.ts'
import { renderDigestMarkdown } from '../../digest/markdown.ts'
import { AppError } from '../../errors.ts'
import { t } from '../../i18n/index.ts'
import type { Answer } from '../../questions/answer.ts'
import { answerQuestion, type RuleParse } from '../../questions/answer-question.ts'
import { chartRendererFrom } from '../../charts/renderer.ts'
import { writeFyReport } from '../../reports/write-report.ts'
import { writeDemoDocuments } from '../../reports/demo-documents.ts'
import { formatDate, formatNumber as num } from '../../i18n/format.ts'
import { openStore } from '../../store/client.ts'
import { countNonDemoEvents } from '../../store/demo-data.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'
import { missingChartLines } from './report.ts'

export const demoHelp = `Usage: grassroots demo [--yes] [--db-file PATH] [--out DIR] [--seed N]

Shows the whole product without Slack: fills the database with GENERATED demo data (FY2017–FY2022,
consistent with the task force's report of August 2023), answers some of the report's questions in
English and Japanese, prints a weekly digest and writes the FY2022 report (Markdown, charts, CSV, and in
Japanese the slide deck report.pptx and the workbook report.xlsx) to DIR.

The database is emptied first. If it holds events that are not demo data, the demo asks before deleting
them (or refuses, when not run from a terminal) unless --yes is given.

Options:
  --yes            replace whatever the database holds without asking
  --db-file PATH   use this SQLite file instead of DATABASE_URL
  --out DIR        where to write the report (default ./out)
  --seed N         another generated dataset with the same totals (default ${DEFAULT_DEMO_SEED})
  -h, --help       show this help`

/** The report's questions, asked as a manager would, in both languages. */
export const DEMO_QUESTIONS: readonly string[] = [
  'How many states have we covered so far?',
  'これまでに何州で事業を実施しましたか？',
  'ワイオミング州で初めて事業を実施したのは何年度？',
  'How many events in FY2022?',
  '2022年度の案件数は？',
  'How many events since FY2017?',
  '2017年度からの累計件数は？',
  'Participants by fiscal year',
  '年度別の延べ参加者数は？',
]

/** The day the demo's questions are asked and its report counted: when the task force's report came out. */
const DEMO_QUESTION_AS_OF = '2023-08-01'
/** The Monday after the week of the Anchorage symposium (January 2023), for the digest preview. */
const DEMO_DIGEST_AS_OF = '2023-01-30'

async function confirm(ctx: CliContext, question: string): Promise<boolean> {
  if (!ctx.io.isTty || process.stdin.isTTY !== true) return false
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout })
  try {
    return /^(y|yes|はい)$/i.test((await rl.question(question)).trim())
  } finally {
    rl.close()
  }
}

/** The rule parser, loaded on first use (as `grassroots ask` does) so other commands never load its tables. */
async function loadParser(): Promise<RuleParse> {
  const { parseQuestion } = await import('../../questions/parser/index.ts')
  return parseQuestion
}

function answerText(a: Answer): string {
  return [`  ${a.text.en.split('\n').join('\n  ')}`, `  (${a.interpretation.en})`, `  ${a.text.ja.split('\n').join('\n  ')}`, `  （${a.interpretation.ja}）`].join('\n')
}

export async function runDemo(argv: string[], ctx: CliContext): Promise<number> {
  const started = performance.now()
  const { values, positionals } = parseCommandArgs(argv, {
    yes: { type: 'boolean', short: 'y' },
    'db-file': { type: 'string' },
    out: { type: 'string', short: 'o' },
    seed: { type: 'string' },
  })
  if (values.help) {
    ctx.io.out(demoHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  const seed = values.seed === undefined ? DEFAULT_DEMO_SEED : Number(values.seed)
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError('--seed must be a whole number ≥ 0')
  const url = values['db-file'] === undefined ? ctx.config.databaseUrl : `file:${path.resolve(ctx.cwd, values['db-file'])}`
  const outDir = path.resolve(ctx.cwd, values.out ?? 'out')
  const out = (line = '') => ctx.io.out(line)

  const store = await openStore({ url, poolMax: ctx.config.databasePoolMax })
  const charts = chartRendererFrom(ctx.config.charts)
  try {
    const db = store.db
    const target = path.relative(ctx.cwd, store.file) || store.file
    const foreign = await countNonDemoEvents(db)
    if (foreign > 0 && values.yes !== true) {
      const ok = await confirm(ctx, t(ctx.lang, 'demo_confirm', { target, count: foreign }))
      if (!ok) {
        if (!ctx.io.isTty) throw new AppError('demo_refused_real_data', { target, count: foreign })
        ctx.io.err(t(ctx.lang, 'demo_cancelled'))
        return EXIT.badInput
      }
    }

    // 1. Data
    const created = await loadDemoData(db, { seed })
    out(`== Demo data / デモデータ ==`)
    out(`${num(created.created)} GENERATED events (seed ${seed}) written to ${target}; they are not real events.`)
    out(`生成したデモ用の事業${num(created.created)}件（シード ${seed}）を ${target} に登録しました（実在の事業ではありません）。`)
    out()

    // 2. The report: its charts are drawn in worker threads while the questions are answered here
    const writing = writeFyReport(db, { fy: 2022, asOf: DEMO_QUESTION_AS_OF, outDir, charts })
    writing.catch(() => {}) // awaited below; until then a failure must not count as unhandled

    // 3. Questions
    out(`== Questions from the task force's report / 報告書に関する質問 ==`)
    const parse = await loadParser()
    for (const question of DEMO_QUESTIONS) {
      const answer = await answerQuestion({ db, parse, asOf: DEMO_QUESTION_AS_OF, question })
      out(`> ${question}`)
      out(answerText(answer))
      out()
    }
    out()

    // 4. Digest preview
    out(`== Weekly digest preview (as of ${DEMO_DIGEST_AS_OF}) / 週次ダイジェストのプレビュー（${formatDate(DEMO_DIGEST_AS_OF, 'ja')}時点） ==`)
    const digest = await buildDigest(db, { asOf: DEMO_DIGEST_AS_OF, timeZone: 'Asia/Tokyo' })
    out(renderDigestMarkdown(digest).trimEnd())
    out()

    // 5. Where the report is, and which picture could not be drawn (the text above never waits on one)
    const written = await writing
    const documents = await writeDemoDocuments(db, written, { configFile: ctx.config.reportConfigFile === undefined ? undefined : path.resolve(ctx.cwd, ctx.config.reportConfigFile) })
    out(`== FY2022 report / 2022年度報告書 ==`)
    for (const f of [...written.files, ...documents]) out(`  ${path.relative(ctx.cwd, f) || f}`)
    for (const line of missingChartLines(written.missingCharts, ctx)) ctx.io.err(line)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    out()
    out(`Done in ${seconds} s. Try: grassroots ask "how many events in FY2021?" · grassroots digest --as-of 2022-10-24 · grassroots report --fy 2021`)
    out(`${seconds}秒で完了しました。質問の例：grassroots ask 2021年度の実施件数は？`)
    return EXIT.ok
  } finally {
    await charts.close()
    await store.close()
  }
}
