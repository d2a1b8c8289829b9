// The compiled command, as `npm ci` leaves it: scripts/build.mjs compiles src/ into dist/, and
// bin/grassroots.js runs it in a real child process. The installation here has no src/ at all, so everything
// the command needs at run time (the parse worker, the migrations, the prompts) must resolve from dist/, and
// nothing can silently fall back to the TypeScript sources.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateEvents } from '../../bench/generate.ts'
import { formatEventCsv } from '../../src/events/csv-format.ts'
import { tmpDir } from '../helpers/tmp.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const dir = tmpDir('grassroots-built-cli-')
const app = path.join(dir, 'app')
const loadedList = path.join(dir, 'loaded.txt')

/** Modules a command must not load unless it draws charts, writes slides or workbooks, talks to Slack or to a language model. */
const HEAVY = /\/node_modules\/(vega|vega-lite|@resvg\/resvg-wasm|piscina|@expo-google-fonts\/noto-sans-jp|@slack\/bolt|@slack\/web-api|openai|@langchain\/core|pptxgenjs|exceljs)\//

beforeAll(() => {
  fs.mkdirSync(path.join(app, 'bin'), { recursive: true })
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', path.join(app, 'dist')], { cwd: ROOT, encoding: 'utf8' })
  expect(build.stderr).toBe('')
  expect(build.status).toBe(0)
  for (const f of ['bin/grassroots.js', 'bin/built-entry.js', 'package.json']) fs.copyFileSync(path.join(ROOT, f), path.join(app, f))
  for (const d of ['node_modules', 'prisma', 'prompts', 'config']) fs.symlinkSync(path.join(ROOT, d), path.join(app, d))
  // records every module the child loads (module hooks run on their own thread, hence the file)
  fs.writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import fs from 'node:fs'\nexport async function load(url, context, next) {\n  fs.appendFileSync(${JSON.stringify(loadedList)}, url + '\\n')\n  return next(url, context)\n}\n`,
  )
  fs.writeFileSync(path.join(dir, 'record.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)})\n`)
}, 180_000)

/** Runs the installed command; `loaded` lists the modules it loaded (node: built-ins left out). */
function grassroots(argv: string[], env: NodeJS.ProcessEnv = {}) {
  fs.rmSync(loadedList, { force: true })
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(dir, 'record.mjs')).href, path.join(app, 'bin/grassroots.js'), ...argv], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GRASSROOTS_LANG: 'en', ...env },
  })
  const loaded = fs.existsSync(loadedList) ? fs.readFileSync(loadedList, 'utf8').split('\n').filter((u) => u.startsWith('file:')) : []
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, loaded }
}

describe('the compiled grassroots command (dist/, no src/)', () => {
  it('builds dist/ with its stamp, and no TypeScript', () => {
    expect(fs.existsSync(path.join(app, 'dist/cli/main.js'))).toBe(true)
    expect(fs.existsSync(path.join(app, 'dist/events/parse-worker.js'))).toBe(true)
    expect(fs.existsSync(path.join(app, 'dist/generated/prisma/client.js'))).toBe(true)
    expect(fs.existsSync(path.join(app, 'dist/.build-stamp'))).toBe(true)
    const files = fs.readdirSync(path.join(app, 'dist'), { recursive: true }).map(String)
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([])
    // each Prisma client reads its query compiler from a .wasm file, not from a base64 module
    for (const client of ['prisma', 'prisma-pg']) {
      const wasm = fs.readFileSync(path.join(app, 'dist/generated', client, 'internal/query_compiler.wasm'))
      expect(wasm.subarray(0, 4).toString('latin1')).toBe('\0asm') // the WebAssembly magic number
      expect(fs.readFileSync(path.join(app, 'dist/generated', client, 'internal/class.js'), 'utf8')).not.toContain('wasm-base64')
    }
  })

  it('--help: exit 0, the overview, from the compiled modules only, without the database or the environment schema', () => {
    const r = grassroots(['--help'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Usage: grassroots COMMAND/)
    expect(r.loaded.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true)
    expect(r.loaded.filter((u) => u.includes('/node_modules/'))).toEqual([])
    expect(r.loaded.filter((u) => u.includes('/dist/cli/commands/'))).toEqual([])
  })

  it('import (a file large enough for the parse worker), then ask and digest on a temporary SQLite database', () => {
    const env = { DATABASE_URL: `file:${path.join(dir, 'events.db')}` }
    const events = generateEvents(10_000, 7)
    const text = formatEventCsv(events)
    expect(text.length).toBeGreaterThan(1_000_000) // the import's worker threshold, in characters
    const csv = path.join(dir, 'events.csv')
    fs.writeFileSync(csv, text)

    const imported = grassroots(['import', csv], env)
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    expect(imported.loaded.some((u) => u.endsWith('/dist/events/parse-worker.js'))).toBe(true)

    const r = grassroots(['ask', '--json', '--as-of', '2023-08-01', 'how many events in FY2022?'], env)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const answer = JSON.parse(r.stdout) as { kind: string; value: number }
    expect(answer.kind).toBe('scalar')
    expect(answer.value).toBe(events.filter((e) => e.fiscalYear === 2022).length)
    expect(r.loaded.filter((u) => HEAVY.test(u))).toEqual([])
    expect(r.loaded.filter((u) => u.includes('wasm-base64'))).toEqual([])
    expect(r.loaded.filter((u) => u.includes('/dist/') && /\/(charts|slack|reports)\//.test(u))).toEqual([])

    // printing the digest draws no chart and talks to no Slack
    const digest = grassroots(['digest', '--as-of', '2023-01-30'], env)
    expect(digest.stderr).toBe('')
    expect(digest.status).toBe(0)
    expect(digest.stdout).not.toBe('')
    expect(digest.loaded.filter((u) => HEAVY.test(u))).toEqual([])

    // the workbook loads exceljs, and neither the slides' library nor the charts
    const xlsx = grassroots(['report', '--fy', '2022', '--format', 'xlsx', '--as-of', '2023-08-01', '--out', path.join(dir, 'report')], env)
    expect(xlsx.stderr).toBe('')
    expect(xlsx.status).toBe(0)
    expect(fs.existsSync(path.join(dir, 'report', 'report.xlsx'))).toBe(true)
    expect(xlsx.loaded.some((u) => u.includes('/node_modules/exceljs/'))).toBe(true)
    expect(xlsx.loaded.filter((u) => HEAVY.test(u) && !u.includes('/node_modules/exceljs/'))).toEqual([])
  })
})
