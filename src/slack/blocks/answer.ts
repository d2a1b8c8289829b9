// A question's answer as a message: both languages in one reply, the asker's language first and the other
// below a divider. Each language has its sentence (a breakdown as a compact table in a code block) and the
// interpretation line as a context block. Long tables and lists are cut to fit Slack's limits with
// "…and N more", and then every row goes into a CSV to attach. Buttons: one per reading of a question
// that can be read several ways, "Show events", and (private answers) "Share in channel". Everything the
// user typed or the answer echoes is escaped, so nothing in it can ping or break the message.
import { z } from 'zod'
import { t, type Lang } from '../../i18n/index.ts'
import { otherLangs } from '../../i18n/lang.ts'
import { textTable } from '../../questions/numbers.ts'
import { filtersSchema, querySchema } from '../../questions/query.ts'
import type { AnswerLike, AnswerTable } from '../../services/plugins.ts'
import { ACTION } from '../ids.ts'
import { answerCsv } from './answer-csv.ts'
import { slackLength, SLACK_LIMITS, truncate } from './limits.ts'
import { escapeMrkdwn, mrkdwn, plain } from './mrkdwn.ts'
import type { Button, KnownBlock } from './types.ts'

/** Value of a "Show events" or list-page button: the query's filters and the page. */
export const answerEventsValueSchema = z.object({ f: filtersSchema, p: z.number().int().min(0).max(100) })
export type AnswerEventsValue = z.input<typeof answerEventsValueSchema>
/** Value of a reading button and of "Share in channel": the complete query to run. */
export const answerQueryValueSchema = z.object({ q: querySchema })

export interface AnswerMessage {
  text: string
  blocks: KnownBlock[]
  /** The rows or items cut from the message, all of them, as CSV (attach it next to the answer). */
  csv?: { filename: string; title: string; content: Buffer }
}

export interface BuildAnswerOptions {
  /** Add "Share in channel" (a private answer to /grassroots ask). */
  share?: boolean
  /** A line above the answer (e.g. who shared it). Escaped by the caller when it holds user text. */
  contextLine?: string
}

interface Budget {
  rows: number
  chars: number
}

/** Tried in order until the message fits: the first is what a normal answer gets. */
const BUDGETS: readonly Budget[] = [
  { rows: 25, chars: 2800 },
  { rows: 15, chars: 1800 },
  { rows: 8, chars: 1000 },
  { rows: 3, chars: 400 },
]

/** Cuts text to whole lines within `chars`, adding "…and N more" for the lines left out. */
function cutLines(text: string, chars: number, lang: Lang): { text: string; cut: boolean } {
  if (slackLength(text) <= chars) return { text, cut: false }
  const lines = text.split('\n')
  const kept: string[] = []
  let used = 0
  for (const line of lines) {
    const n = slackLength(line) + 1
    if (used + n > chars - 60) break
    kept.push(line)
    used += n
  }
  if (kept.length === 0) return { text: truncate(text, chars), cut: true }
  const more = lines.length - kept.length
  return { text: `${kept.join('\n')}\n${t(lang, 'slack_answer_more_list', { count: more })}`, cut: true }
}

function tableBlocks(table: AnswerTable, lang: Lang, budget: Budget, id: string): { blocks: KnownBlock[]; cut: boolean } {
  const shown = table.cells.slice(0, budget.rows)
  const cut = shown.length < table.cells.length
  const body = escapeMrkdwn(textTable(shown))
  const more = cut ? `\n${t(lang, 'slack_answer_more', { count: table.cells.length - shown.length })}` : ''
  const notes = table.notes.length > 0 ? `\n${escapeMrkdwn(table.notes.join('\n'))}` : ''
  return {
    cut,
    blocks: [
      { type: 'section', block_id: `answer_${id}`, text: mrkdwn(truncate(escapeMrkdwn(table.head), SLACK_LIMITS.sectionText)) },
      { type: 'section', block_id: `answer_${id}_table`, text: mrkdwn(truncate(`\`\`\`\n${body}\n\`\`\`${more}${notes}`, SLACK_LIMITS.sectionText)) },
    ],
  }
}

function languageBlocks(answer: AnswerLike, lang: Lang, budget: Budget): { blocks: KnownBlock[]; cut: boolean } {
  const table = answer.table?.[lang]
  let blocks: KnownBlock[]
  let cut = false
  if (table !== undefined) {
    ;({ blocks, cut } = tableBlocks(table, lang, budget, lang))
  } else {
    const r = cutLines(escapeMrkdwn(answer.text[lang]), budget.chars, lang)
    cut = r.cut
    blocks = [{ type: 'section', block_id: `answer_${lang}`, text: mrkdwn(r.text) }]
  }
  const interpretation = answer.interpretation?.[lang]
  if (interpretation !== undefined && interpretation.trim() !== '') {
    blocks.push({ type: 'context', block_id: `answer_${lang}_counted`, elements: [mrkdwn(truncate(escapeMrkdwn(interpretation), Math.min(budget.chars, 2000)))] })
  }
  return { blocks, cut }
}

function buttons(answer: AnswerLike, lang: Lang, options: BuildAnswerOptions): Button[] {
  const out: Button[] = []
  if (answer.kind === 'clarify') {
    ;(answer.options ?? []).slice(0, 5).forEach((o, i) => {
      const label = [...new Set([lang, ...otherLangs(lang)].map((l) => o.label[l]))].join(' / ')
      out.push({
        type: 'button',
        action_id: `${ACTION.answerOption}:${i}`,
        text: plain(truncate(label, SLACK_LIMITS.buttonText)),
        value: JSON.stringify({ q: o.query }),
      })
    })
    return out
  }
  const q = answer.query
  if (q === undefined) return out
  if (q.intent !== 'compare') {
    const value = JSON.stringify({ f: q.filters, p: 0 } satisfies AnswerEventsValue)
    if (value.length <= SLACK_LIMITS.buttonValue) {
      out.push({ type: 'button', action_id: `${ACTION.answerEvents}:show`, text: plain(t(lang, 'slack_button_show_events')), value })
    }
  }
  if (options.share === true) {
    const value = JSON.stringify({ q })
    if (value.length <= SLACK_LIMITS.buttonValue) {
      out.push({ type: 'button', action_id: ACTION.shareAnswer, style: 'primary', text: plain(t(lang, 'slack_button_share')), value })
    }
  }
  return out
}

/** The answer as a message, within Slack's limits whatever its size. */
export function buildAnswer(answer: AnswerLike, lang: Lang, options: BuildAnswerOptions = {}): AnswerMessage {
  const others = otherLangs(lang)
  const actions = buttons(answer, lang, options)
  let blocks: KnownBlock[] = []
  let cut = false
  for (const budget of BUDGETS) {
    const first = languageBlocks(answer, lang, budget)
    const rest = others.filter((l) => answer.text[l].trim() !== '').map((l) => ({ lang: l, ...languageBlocks(answer, l, budget) }))
    blocks = [
      ...(options.contextLine ? [{ type: 'context', block_id: 'answer_context', elements: [mrkdwn(truncate(options.contextLine, 2000))] } as KnownBlock] : []),
      ...first.blocks,
      ...rest.flatMap((r, i) =>
        r.blocks.length > 0 ? [{ type: 'divider', block_id: i === 0 ? 'answer_divider' : `answer_divider_${r.lang}` } as KnownBlock, ...r.blocks] : [],
      ),
      ...(actions.length > 0 ? [{ type: 'actions', block_id: 'answer_actions', elements: actions } as KnownBlock] : []),
    ]
    cut = first.cut || rest.some((r) => r.cut)
    if (JSON.stringify(blocks).length <= SLACK_LIMITS.messageBlocksJson) break
  }
  const csv = cut ? answerCsv(answer) : undefined
  return {
    text: truncate(escapeMrkdwn(answer.text[lang]), 3000),
    blocks,
    ...(csv !== undefined ? { csv: { filename: csv.filename, title: t(lang, 'slack_answer_rows_csv'), content: csv.content } } : {}),
  }
}
