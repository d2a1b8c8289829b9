// Every row or item of an answer as CSV, for when the message had to cut them: breakdown and comparison rows
// (the key as the CLI's JSON gives it, the label in both languages, the figure as counted), states, offices, events.
import { stringify } from 'csv-stringify/sync'
import type { AnswerLike } from '../../services/plugins.ts'

/**
 * A title typed as =SUM(…) must not run as a formula when the CSV is opened in a spreadsheet: every cell of
 * text that can come from users (titles; row keys and labels, which are partner names in a partner ranking).
 */
const cell = (s: string | null) => (s !== null && /^[=+\-@\t\r]/.test(s) ? `'${s}` : (s ?? ''))

export function answerCsv(answer: AnswerLike): { filename: string; content: Buffer } | undefined {
  const bom = '\uFEFF' // Excel opens UTF-8 with Japanese correctly only with a byte order mark
  if (answer.rows !== undefined && answer.rows.length > 0) {
    const records = answer.rows.map((r, i) => [cell(r.key), cell(answer.table?.en.cells[i]?.[0] ?? r.key), cell(answer.table?.ja.cells[i]?.[0] ?? r.key), r.value ?? ''])
    return { filename: 'answer-rows.csv', content: Buffer.from(bom + stringify(records, { header: true, columns: ['key', 'label_en', 'label_ja', 'value'] }), 'utf8') }
  }
  const items = answer.items ?? []
  if (items.length === 0) return undefined
  const states = items.flatMap((i) => (i.type === 'state' ? [[i.key, i.name.en, i.name.ja]] : []))
  if (states.length > 0) {
    return { filename: 'answer-states.csv', content: Buffer.from(bom + stringify(states, { header: true, columns: ['state', 'name_en', 'name_ja'] }), 'utf8') }
  }
  const offices = items.flatMap((i) => (i.type === 'office' ? [[i.key, i.name.en, i.name.ja]] : []))
  if (offices.length > 0) {
    return { filename: 'answer-offices.csv', content: Buffer.from(bom + stringify(offices, { header: true, columns: ['office', 'name_en', 'name_ja'] }), 'utf8') }
  }
  const events = items.flatMap((e) =>
    e.type === 'event'
      ? [[e.id, e.date, e.endDate ?? '', e.office, e.states.join(' '), cell(e.title.en), cell(e.title.ja), e.activityType, e.format, e.themes.join(' '), e.participants, e.bestPractice ? 'yes' : 'no']]
      : [],
  )
  const columns = ['id', 'start_date', 'end_date', 'office', 'states', 'title_en', 'title_ja', 'activity_type', 'format', 'themes', 'participants', 'best_practice']
  return { filename: 'answer-events.csv', content: Buffer.from(bom + stringify(events, { header: true, columns }), 'utf8') }
}
