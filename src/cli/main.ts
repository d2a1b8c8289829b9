// The `grassroots` command: parses the subcommand, runs it, and turns every failure into a message in the
// user's language and an exit code (0 done, 1 bad input, 2 usage). A user's mistake never prints a stack.
import os from 'node:os'
import { ConfigError, cliLangOf, loadBaseConfig } from '../config.ts'
import { isAppError } from '../errors.ts'
import { t, type Lang } from '../i18n/index.ts'
import { runAsk } from './commands/ask.ts'
import { runExport } from './commands/export.ts'
import { runImport } from './commands/import.ts'
import { runMigrate } from './commands/migrate.ts'
import { runServe } from './commands/serve.ts'
import { runDemo } from './commands/demo.ts'
import { runDigestCommand } from './commands/digest.ts'
import { runReport } from './commands/report.ts'
import { EXIT, UsageError, type CliContext, type CliIo } from './io.ts'

type Command = (argv: string[], ctx: CliContext) => Promise<number>

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  import: { run: runImport, summary: 'import events from a CSV file (all rows or none)' },
  export: { run: runExport, summary: 'export events as CSV in the import format' },
  migrate: { run: runMigrate, summary: 'apply pending database migrations' },
  ask: { run: runAsk, summary: 'answer a question about the events, in English and Japanese' },
  serve: { run: runServe, summary: 'run the Slack app (Socket Mode or HTTP; see docs/slack.md)' },
  demo: { run: runDemo, summary: 'load generated demo data and show the report, answers and digest' },
  report: { run: runReport, summary: 'write the fiscal-year report (Markdown, charts, CSV)' },
  digest: { run: runDigestCommand, summary: 'print (or --post) the weekly digest' },
}

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length))
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return `Usage: grassroots COMMAND [OPTIONS]

Records Japan–US grassroots outreach events and answers questions about them.

Commands:
${lines.join('\n')}

Run "grassroots COMMAND --help" for a command's options.
Environment: DATABASE_URL (default file:./data/grassroots.db), GRASSROOTS_LANG (en|ja), GRASSROOTS_TZ.`
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const c of process.stdin) chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  isTty: process.stdout.isTTY === true,
}

export async function main(argv: string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  let lang: Lang = cliLangOf(env)
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS[name]
  if (command === undefined) {
    io.err(`grassroots: unknown command "${name}"\n\n${mainHelp()}`)
    return EXIT.usage
  }
  try {
    const config = loadBaseConfig(env)
    lang = config.cliLang
    const ctx: CliContext = { io, config, lang, actor: `cli:${safeUser()}`, cwd }
    return await command.run(rest, ctx)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`grassroots ${name}: ${e.message}\nRun "grassroots ${name} --help" for usage.`)
      return EXIT.usage
    }
    if (e instanceof ConfigError) {
      io.err(`grassroots: environment variable ${e.variable} ${e.problem}`)
      return EXIT.usage
    }
    if (isAppError(e)) {
      io.err(t(lang, e.key, e.params))
      return EXIT.badInput
    }
    io.err(t(lang, 'internal_error'))
    io.err(`(${(e as Error).name}: ${(e as Error).message.split('\n')[0] ?? ''})`)
    return EXIT.badInput
  }
}

function safeUser(): string {
  try {
    return os.userInfo().username
  } catch {
    return 'unknown'
  }
}
