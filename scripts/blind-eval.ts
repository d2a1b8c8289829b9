// Scores a blind question set through the public interface, by the figures a manager would paste:
//   node bin/run.js scripts/blind-eval.ts SET.json [--as-of 2023-08-15] [--show wrong|refused|all] [--json]
// SET.json: [{ id, q, lang: 'en'|'ja', category, expect: E, alsoRight?: E[] }] (written by someone who has not
// read the parser, from the README's promises and the domain brief), where E is
//   {kind:'query', query}  — the figure the product's executor gives for that structured query;
//   {kind:'sql', shape:'value'|'rows'|'names', sql} — the figure an SQL statement over the demo database
//       gives, written by the set's author with no product code at all: 'value' one number, 'rows'
//       (key, value) pairs of a breakdown, 'names' a set of codes (states, offices) or event ids;
//   {kind:'clarify'} | {kind:'refuse'} — no figure may be given.
// A 'value' is also given by a comparison of two periods whose change (difference, its size, or percentage to
// one decimal) is that value, by the listed event(s) each with that many participants ("how many came to the
// latest event") or that cost, by a ranking's one group whose key is that value ("which fiscal year had the
// highest average"), and by an amount the answer says it rounded to the nearest yen; a breakdown's value also by a
// per-group change's size (group_change: "down 9" for a drop of 9); 'names' also by a breakdown whose non-zero groups are those names. Keys are compared case aside,
// a city's key ('san-diego', '~colorado springs') as its recorded name, a number with or without leading zeros
// ('03' as '3'), and a compared quarter by its dates as 'Q1' … 'Q4'; 'rows' whose values are dates (each office's
// first event date) by the listed events, one of each group on that date, and a 'value' that is a date by the listed
// event(s) of that date; the months with no event (listed as groups
// of 0) by their keys, and their count by how many are listed.
// A running total's last groups that repeat the total before them (no new event) are none of its figures.
// A 'value' is also given by the latest first fiscal year of a list of first-time states whose headline names it
// ("in which fiscal year were all 50 states covered?").
// alsoRight: other figures a defensible reading gives (e.g. calendar vs fiscal year), each also right; {kind:
// 'clarify'} among them: a question back is also right (the author saw the question as open to either); beside
// an expected question back, a figure among them is also right (one of the readings it would offer).
//
// The demo data is loaded into a scratch SQLite file; every question goes through `grassroots ask --json -`
// (one child process, the command's own code path); each expected query is executed and rendered by the
// product's executor and renderer. Each question is then:
// - right:   the expected figure(s) (value, rows or items identical), a question back when one was expected,
//            or no figure when a refusal was expected;
// - refused: no figure where one was expected (a refusal or a question back), or a question back where a
//            refusal was expected;
// - wrong:   a figure that differs from the expected one, or any figure where a refusal or a question back
//            was expected.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { z } from 'zod'
import { loadDemoData } from '../src/demo/load.ts'
import { renderAnswer, type Answer } from '../src/questions/answer.ts'
import { executeQuery } from '../src/questions/execute.ts'
import { querySchema } from '../src/questions/query.ts'
import { openStore } from '../src/store/client.ts'

const figureExpectation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('query'), query: querySchema }),
  z.object({ kind: z.literal('sql'), shape: z.enum(['value', 'rows', 'names']), sql: z.string().min(1) }),
])
const itemSchema = z.object({
  id: z.union([z.number(), z.string()]),
  q: z.string(),
  lang: z.enum(['en', 'ja']),
  category: z.string(),
  expect: z.union([figureExpectation, z.object({ kind: z.literal('clarify') }), z.object({ kind: z.literal('refuse') })]),
  alsoRight: z.array(z.union([figureExpectation, z.object({ kind: z.literal('clarify') })])).optional(),
  note: z.string().optional(),
})
type FigureExpectation = z.infer<typeof figureExpectation>
type Item = z.infer<typeof itemSchema>
type Verdict = 'right' | 'refused' | 'wrong'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--'))
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
if (file === undefined) {
  process.stderr.write('usage: node bin/run.js scripts/blind-eval.ts SET.json [--as-of DATE] [--show wrong|refused|all] [--json]\n')
  process.exit(2)
}
const asOf = flag('--as-of') ?? '2023-08-15'
const show = flag('--show') ?? 'wrong'
const items = z.array(itemSchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')))
if (items.some((i) => /[\r\n]/.test(i.q))) throw new Error('a question spans several lines')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blind-eval-'))
const url = `file:${path.join(dir, 'demo.db')}`
const store = await openStore({ url })
try {
  // the data `grassroots demo` loads (events, recording dates, costs and the budget): what the set's author saw
  await loadDemoData(store.db)

  // The answers as a user gets them: one `grassroots ask --json` over every question.
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
  const child = spawnSync(process.execPath, [path.join(root, 'bin/grassroots.js'), 'ask', '--json', '--as-of', asOf, '-'], {
    input: `${items.map((i) => i.q).join('\n')}\n`,
    env: { ...process.env, DATABASE_URL: url, OPENAI_API_KEY: '' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (child.status !== 0) throw new Error(`grassroots ask exited ${child.status}: ${child.stderr}`)
  const answers = child.stdout.trim().split('\n').map((l) => JSON.parse(l) as Answer)
  if (answers.length !== items.length) throw new Error(`${answers.length} answers for ${items.length} questions`)

  const figure = (a: Answer) => JSON.stringify({ kind: a.kind, value: a.value ?? null, rows: a.rows ?? null, items: a.items ?? null })
  // a scalar answer with no value ("no budget is recorded, so there is no execution rate") gives no figure
  const givesFigure = (a: Answer) => a.kind !== 'unknown' && a.kind !== 'clarify' && !(a.kind === 'scalar' && (a.value === null || a.value === undefined))
  // The SQL expectations run on the same database file, read-only, through SQLite itself.
  const sqlite = new Database(path.join(dir, 'demo.db'), { readonly: true })
  const near = (a: number | null | undefined, b: number) => typeof a === 'number' && Math.abs(a - b) < 0.051
  const itemKeys = (a: Answer) => (a.items ?? []).map((it) => String('key' in it ? it.key : it.id))
  /**
   * Whether a group key of the product's answer names the same group as a key an SQL statement gives: the
   * same code, or a fiscal quarter ('2022-q1') as 'Q1' / '1', a compared half of a fiscal year by its dates as
   * 'H1' / 'H2', a compared quarter by its dates as 'Q1' … 'Q4', a number with or without leading zeros (a month
   * of the year '03' as '3'), or a weekday ('tue') as SQLite's strftime('%w') number (0 = Sunday), ISO's (7 = Sunday) or its
   * name.
   */
  const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
  const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
  function sameKey(want: string, have: string): boolean {
    if (want === have || want.toLowerCase() === have.toLowerCase()) return true
    // a month of the year by its English name ('March') as its number ('03')
    const monthIndex = MONTH_NAMES.indexOf(want.toLowerCase())
    if (monthIndex >= 0 && /^\d{1,2}$/.test(have) && Number(have) === monthIndex + 1) return true
    // a number with or without leading zeros (a month of the year '03' as '3')
    if (/^\d+$/.test(want) && /^\d+$/.test(have) && Number(want) === Number(have)) return true
    // a compared quarter of a fiscal year, keyed by its dates ('2022-04-01..2022-06-30'), as 'Q1' … 'Q4'
    const quarterDates = /^\d{4}-(04-01|07-01|10-01|01-01)\.\.\d{4}-(06-30|09-30|12-31|03-31)$/.exec(have)
    const quarterOf: Record<string, number> = { '04-01': 1, '07-01': 2, '10-01': 3, '01-01': 4 }
    if (quarterDates && new RegExp(`^(?:(?:fy)?\\d{4}[- ]?)?q${quarterOf[quarterDates[1]!]}$`, 'i').test(want)) return true
    const quarter = /^\d{4}-q([1-4])$/.exec(have)
    if (quarter && new RegExp(`^(?:\\d{4}[- ]?)?q?${quarter[1]}$`, 'i').test(want)) return true
    // a compared half of a fiscal year, keyed by its dates ('2022-04-01..2022-09-30'), as 'H1' / 'H2'
    const half = /^(\d{4})-(04-01|10-01)\.\.(\d{4})-(09-30|03-31)$/.exec(have)
    if (half && new RegExp(`^(?:(?:fy)?\\d{4}[- ]?)?h${half[2] === '04-01' ? 1 : 2}$`, 'i').test(want)) return true
    const day = WEEKDAYS.indexOf(have)
    // …or ISO's (1 = Monday … 7 = Sunday)
    if (day >= 0 && (want === String(day) || want === String(day === 0 ? 7 : day) || want.toLowerCase().startsWith(have))) return true
    // a city: a listed city's id ('san-diego') or '~' and the recorded name of another ('~colorado springs'),
    // as the recorded name ('San Diego', 'Colorado Springs')
    const city = (k: string) => k.replace(/^~/, '').replace(/-/g, ' ').replace(/['’.]/g, '').toLowerCase().trim()
    if ((have.startsWith('~') || /^[a-z]+(?:-[a-z]+)*$/.test(have)) && city(have) === city(want)) return true
    return false
  }
  /** Whether an answer gives the figure of one expectation (and, for a query, the answer it renders). */
  async function matches(got: Answer, e: FigureExpectation): Promise<{ ok: boolean; expected?: Answer; shown: string }> {
    if (e.kind === 'query') {
      const expected = renderAnswer({ question: '', result: await executeQuery(store.db, e.query, { asOf }), assumptions: [] })
      return { ok: figure(got) === figure({ ...expected, question: got.question }), expected, shown: expected.text.en.split('\n')[0] ?? '' }
    }
    const rows = sqlite.prepare(e.sql).raw().all() as unknown[][]
    if (e.shape === 'value') {
      // a date ("when was our most recent event?"): the listed event(s), each on that date
      const asDate = String(rows[0]?.[0] ?? '')
      if (/^\d{4}-\d{2}-\d{2}$/.test(asDate)) {
        const listed = got.kind === 'list' ? ((got.items ?? []) as Array<{ type?: string; date?: string }>) : []
        return { ok: listed.length > 0 && listed.every((i) => i.type === 'event' && i.date === asDate), shown: `date ${asDate}` }
      }
      const v = Number(rows[0]?.[0])
      // a comparison of two periods gives its change: the difference (signed or not) and the percentage
      const pair = got.kind === 'comparison' && got.rows?.length === 2 ? [got.rows[0]?.value ?? 0, got.rows[1]?.value ?? 0] : undefined
      // (a fall asked "by what percent did it fall" is its size: −62.5% is a fall of 62.5)
      const percentChange = pair && pair[0] ? Math.round(((pair[1]! - pair[0]!) / pair[0]!) * 1000) / 10 : undefined
      const change = pair ? [pair[1]! - pair[0]!, Math.abs(pair[1]! - pair[0]!), ...(percentChange !== undefined ? [percentChange, Math.abs(percentChange)] : [])] : []
      // "when was Vermont first covered?": the one state's first fiscal year
      // "in which fiscal year were all 50 states covered?": every state listed with its first fiscal year, the latest
      // of them the one the headline names ("… the most recent first-time state was Wyoming, in FY2022")
      const latestFirst = got.intent === 'first_time_states' && got.kind === 'list' && (got.items?.length ?? 0) > 1 ? Math.max(...(got.items ?? []).map((i) => (i as { firstFiscalYear?: number }).firstFiscalYear ?? 0)) : undefined
      const firstYear =
        got.kind === 'list' && got.items?.length === 1
          ? (got.items[0] as { firstFiscalYear?: number }).firstFiscalYear
          : latestFirst !== undefined && new RegExp(`in FY${latestFirst}\\b`).test(got.text.en.split('\n')[0] ?? '')
            ? latestFirst
            : undefined
      // "how many came to the latest / smallest event": the listed event(s), each with that many participants
      const listed = got.kind === 'list' ? ((got.items ?? []) as Array<{ type?: string; participants?: number; costYen?: number | null }>) : []
      const eventsOfValue = listed.length > 0 && (listed.every((i) => i.type === 'event' && i.participants === v) || listed.every((i) => i.type === 'event' && i.costYen === v))
      // an amount the answer says it rounded to the nearest yen (an average cost)
      const yen = got.kind === 'scalar' && typeof got.value === 'number' && /rounded to the nearest yen/.test(got.text.en) && Math.abs(got.value - v) <= 0.5
      // "which fiscal year had the highest average": the one group named is the value asked for
      // "how many offices rose": the groups that rose (fell), listed, are that many
      const movedCount =
        ((got.intent === 'group_change' && /had (?:a rise|a drop|more|fewer)|no \w+ had/i.test(got.text.en)) || got.intent === 'empty_months') && got.kind === 'breakdown' && Number.isInteger(v) && (got.rows ?? []).length === v
      const oneGroup = got.kind === 'breakdown' && got.rows?.length === 1 && sameKey(String(rows[0]?.[0]), got.rows[0]!.key)
      const ok =
        firstYear !== undefined ? firstYear === v
        : got.kind === 'scalar' ? near(got.value, v) || yen
        : pair ? change.some((c) => near(c, v))
        : oneGroup || eventsOfValue || (got.kind === 'list' && Number.isInteger(v) && itemKeys(got).length === v) || movedCount
      return { ok, shown: `value ${v}` }
    }
    if (e.shape === 'names') {
      const want = [...new Set(rows.map((r) => String(r[0])))].sort()
      // events listed are named by their id or either title; partners counted ("which partners …") by the names
      // the answer gives after its count
      const events = got.kind === 'list' ? ((got.items ?? []) as Array<{ type?: string; id?: number; title?: { en?: string | null; ja?: string | null } }>) : []
      if (events.length > 0 && events.every((i) => i.type === 'event')) {
        // each event named once (an event listed for several groups is one event), by its id or either title
        const listed = [...new Map(events.map((i) => [i.id, i])).values()]
        const named = (w: string) => listed.some((i) => [String(i.id), i.title?.en, i.title?.ja].some((h) => typeof h === 'string' && sameKey(w, h)))
        return { ok: want.length === listed.length && want.every(named), shown: `names ${want.join(',')}` }
      }
      if (got.kind === 'scalar' && got.intent === 'distinct_partners' && got.value === want.length) {
        return { ok: want.every((w) => got.text.en.includes(w)), shown: `names ${want.join(',')}` }
      }
      // a list names its items; a breakdown (a ranking, "which offices …") names the groups it shows
      // (the months with no event are listed as groups of 0: each is named)
      const have = [...new Set(got.kind === 'breakdown' ? (got.rows ?? []).filter((r) => (r.value ?? 0) !== 0 || got.intent === 'empty_months').map((r) => r.key) : itemKeys(got))].sort()
      const same = want.length === have.length && want.every((w) => have.some((h) => sameKey(w, h)))
      return { ok: (got.kind === 'list' || got.kind === 'breakdown') && same, shown: `names ${want.join(',')}` }
    }
    // a date per group ("each office's first event date"): the listed events, one per group, each of that date
    if (rows.length > 0 && rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r[1])))) {
      const want = rows.map((r): [string, string] => [String(r[0]), String(r[1])])
      const listed = got.kind === 'list' ? ((got.items ?? []) as Array<{ type?: string; date?: string; office?: string; states?: string[] }>) : []
      const of = (i: (typeof listed)[number], k: string) => i.office === k || (i.states ?? []).some((s) => sameKey(k, s))
      const ok = listed.length > 0 && want.every(([k, d]) => listed.some((i) => i.date === d && of(i, k))) && listed.every((i) => want.some(([k, d]) => i.date === d && of(i, k)))
      return { ok, shown: `dates ${want.map(([k, d]) => `${k}=${d}`).join(' ')}` }
    }
    const nonZero = (pairs: Array<[string, number]>) => pairs.filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const want = nonZero(rows.map((r) => [String(r[0]), Number(r[1])]))
    // a running total's last groups with no new event (the total of the group before, again: a fiscal year begun
    // with no event yet) add no figure of their own
    const gotRows = [...(got.rows ?? [])]
    if (/^Running total/.test(got.text.en)) while (gotRows.length > 1 && gotRows.at(-1)?.value === gotRows.at(-2)?.value) gotRows.pop()
    const have = nonZero(gotRows.map((r) => [r.key, r.value ?? 0]))
    // a change between two periods per group (group_change) says "down 9": its size is the figure of a drop
    const size = got.intent === 'group_change' ? Math.abs : (x: number) => x
    // the difference between two groups names each group's figure beside its name: "between Chicago (21 events) and Detroit (11 events)"
    const named = got.intent === 'group_difference' && want.length === 2 && want.every(([k, v]) => new RegExp(`${k.replace(/[^a-z]/gi, '.')}[^()]{0,40}\\(${v.toLocaleString('en-US')} `, 'i').test(got.text.en))
    // a condition's events against the rest (versus_rest) keys its rows 'matching' and 'rest': read by their values
    const sides = got.intent === 'versus_rest' && want.length === 2 && have.length === 2 && want.every(([, v]) => have.some(([, hv]) => near(hv, v)))
    const ok = named || sides || ((got.kind === 'breakdown' || got.kind === 'comparison') && want.length === have.length && want.every(([k, v]) => have.some(([h, hv]) => sameKey(k, h) && (near(hv, v) || near(size(hv), v)))))
    return { ok, shown: `rows ${want.map(([k, v]) => `${k}=${v}`).join(' ')}` }
  }
  const results: { item: Item; got: Answer; verdict: Verdict; expected?: Answer; shown?: string }[] = []
  for (const [i, item] of items.entries()) {
    const got = answers[i]!
    let verdict: Verdict
    let expected: Answer | undefined
    let shown: string | undefined
    const alsoFigures = (item.alsoRight ?? []).filter((e): e is FigureExpectation => e.kind !== 'clarify')
    const clarifyAlsoRight = (item.alsoRight ?? []).some((e) => e.kind === 'clarify')
    if (item.expect.kind === 'query' || item.expect.kind === 'sql') {
      if (clarifyAlsoRight && got.kind === 'clarify') verdict = 'right'
      else if (!givesFigure(got)) verdict = 'refused'
      else {
        verdict = 'wrong'
        for (const e of [item.expect, ...alsoFigures]) {
          const m = await matches(got, e)
          if (e === item.expect) {
            expected = m.expected
            shown = m.shown
          }
          if (m.ok) {
            verdict = 'right'
            break
          }
        }
      }
    } else if (item.expect.kind === 'clarify') {
      verdict = got.kind === 'clarify' ? 'right' : !givesFigure(got) ? 'refused' : 'wrong'
      // a figure the author also accepted (one of the readings a question back would offer)
      if (verdict === 'wrong') for (const e of alsoFigures) if ((await matches(got, e)).ok) verdict = 'right'
    } else {
      verdict = got.kind === 'clarify' ? 'refused' : !givesFigure(got) ? 'right' : 'wrong'
    }
    results.push({ item, got, verdict, ...(expected ? { expected } : {}), ...(shown ? { shown } : {}) })
  }

  const tally = (rs: typeof results) => {
    const n = rs.length
    const c = (v: Verdict) => rs.filter((r) => r.verdict === v).length
    const pct = (k: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)}%`)
    return `n ${String(n).padStart(3)} · right ${String(c('right')).padStart(3)} (${pct(c('right'))}) · refused ${String(c('refused')).padStart(3)} (${pct(c('refused'))}) · WRONG ${String(c('wrong')).padStart(3)} (${pct(c('wrong'))})`
  }
  const out: string[] = [`${path.basename(file)}: ${items.length} questions, as of ${asOf}, through grassroots ask --json`, `overall            ${tally(results)}`]
  for (const lang of ['en', 'ja']) out.push(`  language ${lang}      ${tally(results.filter((r) => r.item.lang === lang))}`)
  for (const cat of [...new Set(items.map((i) => i.category))]) out.push(`  ${cat.padEnd(17)}${tally(results.filter((r) => r.item.category === cat))}`)
  for (const kind of ['query', 'sql', 'clarify', 'refuse']) out.push(`  expect ${kind.padEnd(10)}${tally(results.filter((r) => r.item.expect.kind === kind))}`)
  const listed = results.filter((r) => show === 'all' || r.verdict === show || (show === 'wrong' && r.verdict === 'wrong'))
  if (listed.length > 0) out.push('', `${show === 'all' ? 'All' : show === 'refused' ? 'Refused' : 'Wrong'}:`)
  for (const r of listed) {
    out.push(`- [${r.verdict}] #${r.item.id} ${r.item.lang} ${JSON.stringify(r.item.q)} — expected ${r.item.expect.kind}${r.item.note ? ` (${r.item.note})` : ''}`)
    out.push(`    got: ${r.got.text.en.split('\n')[0]}`)
    if (r.shown && r.verdict === 'wrong') out.push(`    expected: ${r.shown}`)
  }
  if (args.includes('--json')) {
    const count = (v: Verdict) => results.filter((r) => r.verdict === v).length
    out.push(JSON.stringify({ n: results.length, right: count('right'), refused: count('refused'), wrong: count('wrong') }))
  }
  process.stdout.write(`${out.join('\n')}\n`)
  sqlite.close()
} finally {
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
}
