import { isValidIsoDate, todayIn } from '../../domain/fiscal-year.ts'
import type { Answer } from '../../questions/answer.ts'
import { answerQuestion, type ModelParse, type RuleParse } from '../../questions/answer-question.ts'
import { openStore } from '../../store/client.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const askHelp = `Usage: grassroots ask [--json] [--as-of YYYY-MM-DD] QUESTION…
       grassroots ask [--json] [--as-of YYYY-MM-DD] -   (one question per line on standard input)

Answers questions about the recorded events, in English and Japanese, with what was counted:
  grassroots ask how many events in FY2022?
  grassroots ask 2022年度の実施件数は？
Every figure comes from a query over the events; the words only choose the query.

Options:
  --json              one JSON object per question, one per line
  --as-of YYYY-MM-DD  the date taken as today for "this FY" and "last FY" (default: today in GRASSROOTS_TZ)
  -h, --help          show this help

With OPENAI_API_KEY set (and OPENAI_BASE_URL for any OpenAI-compatible server), a language model is asked
to choose the query when the rules are unsure; it never computes a figure.`

export interface AskDeps {
  parse: RuleParse
  modelParse?: ModelParse
}

/**
 * The rule parser (loaded on first use so that the other commands never load the parser's tables), and the
 * language model when OPENAI_API_KEY is set: it is asked only when the rules are unsure, and only ever
 * picks a query.
 */
async function defaultDeps(ctx: CliContext): Promise<AskDeps> {
  const { parseQuestion } = await import('../../questions/parser/index.ts')
  if (ctx.config.openai === undefined) return { parse: parseQuestion }
  const { createModelParser } = await import('../../questions/llm/index.ts')
  return { parse: parseQuestion, modelParse: createModelParser(ctx.config.openai) }
}

/** `grassroots ask`. */
export async function runAsk(argv: string[], ctx: CliContext, given?: AskDeps): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
  })
  if (values.help) {
    ctx.io.out(askHelp)
    return EXIT.ok
  }
  const asOf = values['as-of'] ?? todayIn(ctx.config.timeZone)
  if (!isValidIsoDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not "${asOf}"`)
  if (positionals.length === 0) throw new UsageError('ask takes a QUESTION (or - to read questions from standard input)')
  const fromStdin = positionals.length === 1 && positionals[0] === '-'
  const questions = fromStdin
    ? (await ctx.io.readStdin())
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
    : [positionals.join(' ')]

  const deps = given ?? (await defaultDeps(ctx))
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
  try {
    for (const [i, question] of questions.entries()) {
      const answer = await answerQuestion({ db: store.db, parse: deps.parse, ...(deps.modelParse ? { modelParse: deps.modelParse } : {}), asOf, question })
      if (values.json) ctx.io.out(JSON.stringify(answer))
      else ctx.io.out(textBlock(answer, { header: fromStdin, first: i === 0 }))
    }
    return EXIT.ok
  } finally {
    await store.close()
  }
}

/** English, then Japanese, each with its interpretation line. */
function textBlock(answer: Answer, options: { header: boolean; first: boolean }): string {
  const parts = [
    ...(options.header ? [`${options.first ? '' : '\n'}> ${answer.question}`] : []),
    answer.text.en,
    answer.interpretation.en,
    '',
    answer.text.ja,
    answer.interpretation.ja,
  ]
  return parts.join('\n')
}
