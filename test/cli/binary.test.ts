// The real `grassroots` binary, as a user runs it: exit codes, which stream says what, and no stack traces.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCsv, countRows, freshEnv, row, runCli, writeInput } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-binary-')
const ROOT = path.resolve(import.meta.dirname, '../..')

function grassroots(argv: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, ['bin/grassroots.js', ...argv], {
    cwd: ROOT,
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8'), error: result.error }
}

describe('bin/grassroots.js', () => {
  it('a bad row: exit 1, the problem on stderr, nothing on stdout, no stack trace, nothing written', async () => {
    const env = freshEnv(dir)
    const { text, lines } = buildCsv([row(), row({ participants: '-3' }), row({ office: 'Atlantis' })])
    const file = writeInput(dir, text)
    const r = grassroots(['import', file], env)
    expect(r.error).toBeUndefined()
    expect(r.status).toBe(1)
    expect(r.stdout.toString('utf8')).toBe('')
    expect(r.stderr).toBe(
      [
        `Line ${lines[1]!}, column participants: "-3" is not a whole number of participants, 0 or more`,
        `Line ${lines[2]!}, column office: "Atlantis" is not an office (a code such as chicago, or its English or Japanese name); did you mean "atlanta"?`,
        'Nothing was imported: 2 problem(s) found.',
        '',
      ].join('\n'),
    )
    expect(r.stderr).not.toContain('    at ')
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
  })

  it('an unknown option: exit 2, usage hint on stderr, no stack trace', () => {
    const env = freshEnv(dir)
    const r = grassroots(['import', '--frobnicate', 'x.csv'], env)
    expect(r.status).toBe(2)
    expect(r.stdout.toString('utf8')).toBe('')
    expect(r.stderr).toMatch(/^grassroots import: Unknown option '--frobnicate'/)
    expect(r.stderr).toContain('Run "grassroots import --help" for usage.')
    expect(r.stderr).not.toContain('    at ')
  })

  it('export to standard output: exit 0, the same bytes as --out, nothing on stderr', async () => {
    const env = freshEnv(dir)
    const rows = [row({ title_ja: '日本食フェア', summary: 'two\nlines' }), row({ date: '2023-01-01', participants: '1,500' })]
    expect((await runCli(['import', writeInput(dir, buildCsv(rows).text)], env)).code).toBe(0)
    const file = path.join(dir, 'bin-export.csv')
    expect((await runCli(['export', '--out', file], env)).code).toBe(0)

    const r = grassroots(['export'], env)
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout.equals(fs.readFileSync(file))).toBe(true)
  })
})

describe('bin/grassroots.js in a pipe', () => {
  it('a reader that stops early (grassroots export | head) ends the command quietly, exit 0 (EPIPE)', async () => {
    const { spawn } = await import('node:child_process')
    const { generateEvents } = await import('../../bench/generate.ts')
    const { formatEventCsv } = await import('../../src/events/csv-format.ts')
    const env = freshEnv(dir)
    const file = writeInput(dir, formatEventCsv(generateEvents(3_000, 5)))
    expect(grassroots(['import', file], env).status).toBe(0)
    const child = spawn(process.execPath, ['bin/grassroots.js', 'export'], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    // read the first chunk, then close the pipe as `head -1` would
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
    expect(stderr).not.toContain('EPIPE')
    expect(stderr).not.toContain('    at ')
    expect(code).toBe(0)
  })
})
