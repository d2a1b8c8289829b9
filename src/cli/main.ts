// The `grassroots` command: parses the subcommand, runs it, and turns every failure into a message in the
// user's language and an exit code (0 done, 1 bad input, 2 usage). A user's mistake never prints a stack.
import os from 'node:os'
import { isAppError } from '../errors.ts'
import { t, type Lang } from '../i18n/index.ts'
import { EXIT, UsageError, type CliContext, type CliIo } from './io.ts'

type Command = (argv: string[], ctx: CliContext) => Promise<number>

// Each command's module is imported only when that command runs: `--help` and `ask` must not pay for
// charts, Bolt or the language model (see `npm run bench -- startup`).
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  import: { load: async () => (await import('./commands/import.ts')).runImport, summary: 'import events from a CSV file (all rows or none)' },
  export: { load: async () => (await import('./commands/export.ts')).runExport, summary: 'export events as CSV in the import format' },
  migrate: { load: async () => (await import('./commands/migrate.ts')).runMigrate, summary: 'apply pending database migrations' },
  ask: { load: async () => (await import('./commands/ask.ts')).runAsk, summary: 'answer a question about the events, in English and Japanese' },
  serve: { load: async () => (await import('./commands/serve.ts')).runServe, summary: 'run the Slack app (Socket Mode or HTTP; see docs/slack.md)' },
  demo: { load: async () => (await import('./commands/demo.ts')).runDemo, summary: 'load generated demo data and show the report, answers and digest' },
  report: { load: async () => (await import('./commands/report.ts')).runReport, summary: 'write the fiscal-year report (Markdown, charts, CSV)' },
  budget: { load: async () => (await import('./commands/budget.ts')).runBudget, summary: 'record (set) or list the budget of a fiscal year, in yen' },
  'best-practice-categories': {
    load: async () => (await import('./commands/best-practice-categories.ts')).runBestPracticeCategories,
    summary: 'list, set or remove the categories the report groups best practices under',
  },
  digest: { load: async () => (await import('./commands/digest.ts')).runDigestCommand, summary: 'print (or --post) the weekly digest' },
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
  // loaded here, not at the top: the environment's schemas (zod, croner) are not needed to print help
  const { ConfigError, cliLangOf, loadBaseConfig } = await import('../config.ts')
  let lang: Lang = cliLangOf(env)
  try {
    const config = loadBaseConfig(env)
    lang = config.cliLang
    const ctx: CliContext = { io, config, lang, actor: `cli:${safeUser()}`, cwd }
    const run = await command.load()
    return await run(rest, ctx)
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
