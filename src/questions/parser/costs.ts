// The words of the costs recorded on events (Event.costYen): the filters (a cost recorded or not, bounds on
// the cost in yen) read with the structure filters, and the cost questions read with the event questions —
// the total, the average per event and the cost per participant (intents/event-cost.ts), and the most (least)
// expensive event (largest_event by cost). Amounts: 100万円, 1,000,000円, ¥1m, ¥1,000,000, "1 million yen".
// Other money (salaries, a person's travel, a hotel's price) has none of these forms and stays off-topic.
import type { Bounds } from '../slots.ts'
import type { Scan } from './scan.ts'

type Op = 'gt' | 'gte' | 'lt' | 'lte'

// ---- amounts ---------------------------------------------------------------------------------------

const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)`
/** An amount in yen: ¥1,000,000 / ¥1m / ¥1.5 million / 1 million yen / 1,000,000 yen / 100万円 / 1億円 / 1,000,000円. */
const AMOUNT = String.raw`(?:¥\s*${NUM}\s*(m|million|k|thousand)?(?![a-z])(?:\s*yen)?|${NUM}\s*(million|m|k|thousand)?\s*yen(?![a-z])|${NUM}\s*(万|億)?\s*円)`

/** The yen of an amount's groups (number, multiplier), or NaN when it is no whole number of yen. */
function yenOf(groups: ReadonlyArray<string | undefined>): number {
  const pairs: Array<[string | undefined, string | undefined]> = [
    [groups[0], groups[1]],
    [groups[2], groups[3]],
    [groups[4], groups[5]],
  ]
  const [raw, unit] = pairs.find(([n]) => n !== undefined) ?? [undefined, undefined]
  if (raw === undefined) return Number.NaN
  const n = Number(raw.replace(/,/g, ''))
  const mult = unit === undefined ? 1 : /^(?:m|million)$/.test(unit) ? 1_000_000 : /^(?:k|thousand)$/.test(unit) ? 1_000 : unit === '万' ? 10_000 : 100_000_000
  const yen = Math.round(n * mult * 100) / 100
  return Number.isSafeInteger(yen) ? yen : Number.NaN
}

// ---- filters ---------------------------------------------------------------------------------------

const OP_EN = String.raw`(over|more than|greater than|above|exceeding|in excess of|at least|no less than|under|less than|below|at most|no more than|not more than|up to)`
const COST_NOUN_EN = String.raw`(?:recorded\s+)?(?:costs?|cost recorded)`
/** "with a recorded cost over 1 million yen", "costing at least ¥500,000", "cost under 100万円", 費用が100万円以上. */
const COST_BOUND = new RegExp(
  String.raw`(?<![a-z])(?:(?:with|having|that had|which had|that have|whose|where)\s+)?(?:an?\s+|the\s+)?${COST_NOUN_EN}\s+(?:was\s+|were\s+|is\s+|of\s+)?${OP_EN}\s+${AMOUNT}` +
    String.raw`|(?<![a-z])(?:(?:that|which)\s+)?(?:costing|cost|costs)\s+${OP_EN}\s+${AMOUNT}` +
    String.raw`|(?:事業)?(?:費用|経費|事業費)(?:が|は|の)?\s*${AMOUNT}\s*(以上|以下|未満|超(?:え)?|を超える|を超えた|を上回る|より多い|より少ない)(?:の)?`,
  'g',
)
const EN_OPS: ReadonlyArray<[RegExp, Op]> = [
  [/^(?:over|more than|greater than|above|exceeding|in excess of)$/, 'gt'],
  [/^(?:at least|no less than)$/, 'gte'],
  [/^(?:under|less than|below)$/, 'lt'],
  [/^(?:at most|no more than|not more than|up to)$/, 'lte'],
]
const JA_OPS: Record<string, Op> = { 以上: 'gte', 以下: 'lte', 未満: 'lt', より少ない: 'lt' }

/** Events with a cost recorded: "have a cost recorded", "(only) events with a cost", 費用が記録されている, 費用記録のある. */
const WITH_COST = new RegExp(
  String.raw`(?<![a-z])(?:(?:counting\s+)?only\s+(?:the\s+)?(?:events?\s+)?)?(?:that\s+|which\s+)?(?:have|has|had|with|having)\s+(?:an?\s+)?(?:recorded\s+)?costs?(?:\s+recorded)?(?![a-z])` +
    String.raw`|(?<![a-z])(?:where|whose|for which)\s+(?:an?\s+|the\s+)?cost\s+(?:is|was|has been|had been)\s+recorded(?![a-z])` +
    String.raw`|(?<![a-z])(?:(?:with|had|have|has)\s+)?(?:an?\s+)?cost\s+recorded(?![a-z])` +
    String.raw`|(?:、)?(?:事業)?(?:費用|経費)(?:の)?(?:記録|登録)(?:が|の)?(?:ある|あり|あった)(?:事業)?(?:のみ)?|(?:、)?(?:費用|経費)(?:が|の)?(?:記録|登録)(?:され)(?:ている|た|ていた)(?:事業)?(?:のみ)?`,
  'g',
)
/** Events with no cost recorded: "with no cost recorded", "without a cost", 費用が記録されていない, 費用記録なし. */
const WITHOUT_COST = new RegExp(
  String.raw`(?<![a-z])(?:that\s+|which\s+)?(?:with|having|have|has|had)\s+no\s+(?:recorded\s+)?costs?(?:\s+recorded)?(?![a-z])` +
    String.raw`|(?<![a-z])without\s+(?:an?\s+|any\s+)?(?:recorded\s+)?costs?(?:\s+recorded)?(?![a-z])` +
    String.raw`|(?<![a-z])(?:that\s+|which\s+)?(?:did not|didn't|do not|don't|does not|doesn't|have not|haven't|has not|hasn't|had not)\s+(?:have\s+)?(?:an?\s+|any\s+)?(?:recorded\s+)?costs?(?:\s+recorded)?(?![a-z])` +
    String.raw`|(?<![a-z])(?:where|whose|for which)\s+(?:the\s+)?cost\s+(?:is|was|has not been|had not been)\s+(?:not\s+)?recorded(?![a-z])` +
    String.raw`|(?<![a-z])no\s+cost\s+recorded(?![a-z])` +
    String.raw`|(?:事業)?(?:費用|経費)(?:の)?(?:記録|登録)(?:が|の)?(?:ない|なし|無い|無し|なかった)|(?:費用|経費)(?:が|の)?(?:記録|登録)(?:され)(?:ていない|ていなかった|なかった)|(?:費用|経費)(?:が)?未(?:記録|登録)`,
  'g',
)

export interface CostFilterFindings {
  costRecorded?: boolean
  cost?: Bounds
}

/**
 * Reads the cost filters and consumes them (bounds first: "with a cost over ¥1m" is a bound, not "with a
 * cost"). Two bounds on one side, or both a cost and no cost, leave the words unused (never guessed).
 */
export function takeCostFilters(scan: Scan, use: (start: number, end: number) => void): CostFilterFindings {
  const out: CostFilterFindings = {}
  const bounds: Bounds = {}
  let conflict = false
  const spans: Array<{ start: number; end: number }> = []
  for (const m of scan.take(COST_BOUND, { keep: true })) {
    // groups: [0] op + [1–6] amount (a cost … over X); [7] op + [8–13] amount (costing over X); [14–19] amount + [20] op (費用がX以上)
    const opEn = m.groups[0] ?? m.groups[7]
    const en = opEn !== undefined
    const yen = en ? (m.groups[0] !== undefined ? yenOf(m.groups.slice(1, 7)) : yenOf(m.groups.slice(8, 14))) : yenOf(m.groups.slice(14, 20))
    const op: Op | undefined = en ? EN_OPS.find(([re]) => re.test(opEn))?.[1] : (JA_OPS[m.groups[20] ?? ''] ?? 'gt')
    if (op === undefined || !Number.isSafeInteger(yen) || yen > 2_147_483_647 || (op === 'lt' && yen < 1)) {
      conflict = true
      continue
    }
    const lower = op === 'gt' || op === 'gte'
    if (lower ? bounds.gt !== undefined || bounds.gte !== undefined : bounds.lt !== undefined || bounds.lte !== undefined) conflict = true
    else bounds[op] = yen
    spans.push(m)
  }
  if (!conflict && spans.length > 0 && !((bounds.gt ?? bounds.gte ?? -1) > (bounds.lt ?? bounds.lte ?? Infinity))) {
    out.cost = bounds
    for (const s of spans) use(s.start, s.end)
  }
  // "no cost recorded" first, so that its "cost recorded" is not read as a cost recorded; a question with
  // both leaves the second unused (named)
  const without = scan.take(WITHOUT_COST, { keep: true })
  if (without.length > 0) {
    // a bound on the cost of events with no cost is nothing: the words are left unused
    if (out.cost !== undefined) return out
    out.costRecorded = false
    for (const s of without) use(s.start, s.end)
    return out
  }
  const withCost = scan.take(WITH_COST, { keep: true })
  if (withCost.length > 0) {
    out.costRecorded = true
    for (const s of withCost) use(s.start, s.end)
  }
  return out
}

// ---- questions -------------------------------------------------------------------------------------

export type CostQuestion = { intent: 'event_cost'; figure: 'total' | 'average' | 'per_participant' } | { intent: 'largest_event'; order: 'largest' | 'smallest'; by: 'cost' }

const EVENT_EN = String.raw`(?:events?|projects?|activit(?:y|ies))`
/** The cost per participant: "cost per participant", "per-attendee cost", 参加者1人あたり(の)費用. */
const PER_PARTICIPANT = new RegExp(
  String.raw`(?<![a-z])(?:the\s+)?(?:average\s+)?(?:recorded\s+)?(?:costs?|spend|spending)\s+per\s+(?:participant|attendee|person|head|visitor)(?![a-z])|(?<![a-z])(?:the\s+)?per[- ](?:participant|attendee|person|head|capita)\s+(?:costs?|spend|spending)(?![a-z])` +
    // "how much did we spend per participant"
    String.raw`|(?<![a-z])how much (?:did|have|do) (?:we|you|they) (?:spend|spent)\s+per\s+(?:participant|attendee|person|head|visitor)(?![a-z])` +
    String.raw`|(?:参加者|来場者)?(?:1|一)人(?:あ|当)たり(?:の)?(?:平均)?(?:事業)?(?:費用|経費|コスト)`,
  'g',
)
/** The average per event: "average cost per event", "mean cost", "cost per event", 1件あたり(の)平均費用, 平均費用, 費用の平均. */
const AVERAGE = new RegExp(
  String.raw`(?<![a-z])(?:the\s+)?(?:average|mean)\s+(?:recorded\s+)?costs?(?:\s+(?:per|of an?|for an?|of each|for each)\s+${EVENT_EN})?(?![a-z])|(?<![a-z])(?:the\s+)?(?:recorded\s+)?costs?\s+per\s+${EVENT_EN}(?![a-z])` +
    String.raw`|(?:1|一)件(?:あ|当)たり(?:の)?(?:平均)?(?:事業)?(?:費用|経費|コスト)|(?:事業)?(?:費用|経費)(?:の)?平均(?:額|値)?|平均(?:事業)?(?:費用|経費|コスト)`,
  'g',
)
/** 費用の公館別平均: the average with its breakdown between (group 1, left to the breakdown's reader). */
const AVERAGE_BY_JA = /(?:事業)?(?:費用|経費)(?:の)?((?:在外)?(?:公館|総領事館|州|地域|年度|事業分類|種類|実施形態|形態)(?:別|ごと))(?:の)?平均(?:額|値)?/g
/** The total: "total cost", "sum of the costs", 費用の合計, 総費用 (the budget question's words are read there). */
const TOTAL = new RegExp(
  String.raw`(?<![a-z])(?:the\s+)?(?:total|combined|overall|sum of (?:the\s+)?)\s*(?:recorded\s+)?costs?(?![a-z])|(?<![a-z])(?:the\s+)?costs?\s+(?:in\s+)?total(?![a-z])` +
    // "FY2022 spend per office", "total spending", "how much did we spend": the costs recorded, added up
    String.raw`|(?<![a-z])(?:the\s+|our\s+)?(?:total\s+)?(?:spend|spending)(?![a-z])(?!\s+per\s+(?:participant|attendee|person|head|visitor|event|project))` +
    String.raw`|(?<![a-z])how much (?:did|have|do) (?:we|you|they) (?:spend|spent)(?![a-z])(?!\s+per\s+(?:participant|attendee|person|head|visitor|event|project))` +
    String.raw`|総(?:事業)?費用|(?:事業)?(?:費用|経費)(?:の)?(?:合計|総額)(?:額)?|事業費(?:の)?(?:合計|総額)`,
  'g',
)
/** The most (least) expensive event: "most expensive event", "which event cost the most", 最も費用がかかった事業. */
const EXTREME = [
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?(most|least)\s+(?:expensive|costly)\s+(?:single\s+)?(?:event|project|activity)(?![a-z])|(?<![a-z])(?:the\s+)?(cheapest|priciest|costliest|dearest)\s+(?:single\s+)?(?:event|project|activity)(?![a-z])`, 'g'),
  // "which FY2021 event cost the most?", "which event in FY2022 cost the most?": the words between "which" and
  // the noun (group 1) and after it (group 2) are left to the other recognisers
  new RegExp(String.raw`(?<![a-z])(?:which|what)\s+((?:[a-z0-9'’.-]+\s+){0,3}?)(?:single\s+)?(?:event|project|activity)((?:\s+(?:in|during|for|at|held in|run by|organi[sz]ed by)(?:\s+[a-z0-9][a-z0-9'’.-]*){1,3}?)?)\s+(?:(?:cost|costs)\s+(?:the\s+)?(most|least)|(?:had|has)\s+the\s+(highest|lowest)\s+(?:recorded\s+)?cost)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:event|project)\s+with\s+the\s+(highest|lowest|largest|smallest)\s+(?:recorded\s+)?cost(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:事業)?(?:費用|経費)(?:が|の)?(?:最も|一番|もっとも|いちばん)(多く(?:かか|掛か)った|(?:かか|掛か)らなかった|(?:かか|掛か)った|高(?:い|かった)|大き(?:い|かった)|少な(?:い|かった)|安(?:い|かった)|低(?:い|かった))(?:事業|イベント|案件)`, 'g'),
  new RegExp(String.raw`(?:最も|一番|もっとも|いちばん)(?:費用|経費)(?:が|の)(多く(?:かか|掛か)った|(?:かか|掛か)らなかった|(?:かか|掛か)った|高(?:い|かった)|大き(?:い|かった)|少な(?:い|かった)|安(?:い|かった)|低(?:い|かった))(?:事業|イベント|案件)`, 'g'),
  // 事業費の最高額 / 費用の最低額: the highest (lowest) cost of one event
  new RegExp(String.raw`(?:事業)?(?:費用|経費|事業費)(?:の)?(最高額|最大額|最低額|最小額|最安値|最安)`, 'g'),
  // "the cheapest recorded event cost", "the highest cost of a single event": one event's cost, with the event
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(cheapest|lowest|highest|largest|smallest)\s+(?:recorded\s+)?(?:single[- ]event|event)\s+cost(?![a-z])|(?<![a-z])(?:the\s+)?(cheapest|lowest|highest|largest|smallest)\s+(?:recorded\s+)?cost\s+(?:of|for)\s+(?:an?|one|a single|any)\s+(?:single\s+)?event(?![a-z])`, 'g'),
  // 最安の事業, 最も安い事業: the event with the lowest recorded cost
  new RegExp(String.raw`(最安)(?:値)?(?:の)?(?:事業|イベント|案件)|(?:最も|一番|もっとも|いちばん)(安)(?:い|かった|く済んだ|く上がった)(?:事業|イベント|案件)(?:\s*[（(](?:費用|事業費)ベース[)）])?`, 'g'),
]
const LOW = /least|cheapest|lowest|smallest|少な|安|低|らなかった|最小/
/** The event nouns a cost question is about (「事業」 of 事業費用, "events" of "FY2022 events"). */
const EVENT_NOUNS = /(?<![a-z])(?:events?|projects?|activities)(?![a-z])|事業|イベント|案件/g

const RANK_ADJECTIVE_JA = /(?<=(?:最も|一番|もっとも|いちばん))(?:大き|高)(?:い|かった)/g

/** Every form read here, for the refusals that test the whole question (off-topic money, thresholds, measures). */
/** "(where recorded)", "(where available)", （記録のあるもの）: said of a cost figure, what every cost figure counts. */
const RECORDED_GLOSS = /,?\s*(?<![a-z])where a cost (?:was|is|has been) (?:logged|recorded|entered)(?![a-z])|[（(]\s*(?:費用|事業費|コスト)ベース\s*[)）]|(?<![a-z])(?:,\s*)?only counting (?:the\s+)?events with (?:a|any)\s+(?:recorded\s+)?cost(?:\s+recorded)?(?![a-z])|\(\s*(?:only\s+)?(?:where|when|if|as)\s+(?:(?:a\s+|the\s+)?costs?\s+(?:is\s+|was\s+|are\s+|were\s+)?)?(?:recorded|available)\s*\)|(?<![a-z])where recorded(?![a-z])|\(\s*(?:費用の?)?記録(?:の)?(?:ある|あり)(?:もの|事業)?(?:のみ)?\s*\)/gu

const ALL = [COST_BOUND, WITHOUT_COST, WITH_COST, PER_PARTICIPANT, AVERAGE, AVERAGE_BY_JA, TOTAL, ...EXTREME, RECORDED_GLOSS]

/** The question with the cost words read here blanked (same length). */
export function maskCostWords(lower: string): string {
  let out = lower
  for (const re of ALL) out = out.replace(new RegExp(re.source, 'g'), (m) => ' '.repeat(m.length))
  return out
}

/** Whether the question names a cost question read here (for the refusals waiting on the event questions). */
export function mayBeCostQuestion(lower: string): boolean {
  return [PER_PARTICIPANT, AVERAGE, AVERAGE_BY_JA, TOTAL, ...EXTREME].some((re) => new RegExp(re.source).test(lower))
}

/**
 * A cost question, its words consumed (and the event nouns it is about); undefined (nothing consumed) when
 * none, or when two figures are asked ("total and average cost").
 */
export function takeCostQuestion(scan: Scan): CostQuestion | undefined {
  for (const re of EXTREME) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    if (re === EXTREME[1]) {
      // consume all but the words before and after the noun
      const before = m.groups[0] ?? ''
      const after = m.groups[1] ?? ''
      const beforeAt = before === '' ? -1 : m.text.indexOf(before, m.text.search(/\s/))
      const nounFrom = beforeAt < 0 ? m.text.search(/\s/) : beforeAt + before.length
      const noun = /(?:event|project|activity)/.exec(m.text.slice(nounFrom))
      const nounEnd = nounFrom + (noun ? noun.index + noun[0].length : 0)
      const cuts: Array<[number, number]> = []
      if (beforeAt >= 0) cuts.push([beforeAt, beforeAt + before.length])
      if (after !== '') cuts.push([nounEnd, nounEnd + after.length])
      let from = 0
      for (const [a, b] of cuts) {
        scan.consume(m.start + from, m.start + a)
        from = b
      }
      scan.consume(m.start + from, m.end)
    } else scan.consume(m.start, m.end)
    scan.take(RECORDED_GLOSS)
    const word = re === EXTREME[1] ? (m.groups[2] ?? m.groups[3]) : m.groups.find((g) => g !== undefined)
    return { intent: 'largest_event', by: 'cost', order: LOW.test(word ?? '') ? 'smallest' : 'largest' }
  }
  const [by, ...moreBy] = scan.take(AVERAGE_BY_JA, { keep: true })
  if (by !== undefined) {
    if (moreBy.length > 0 || [PER_PARTICIPANT, AVERAGE, TOTAL].some((re) => scan.has(new RegExp(re.source)))) return undefined
    const cue = by.groups[0] ?? ''
    const at = by.text.indexOf(cue)
    scan.consume(by.start, by.start + at)
    scan.consume(by.start + at + cue.length, by.end)
    scan.take(EVENT_NOUNS)
    scan.take(RECORDED_GLOSS)
    return { intent: 'event_cost', figure: 'average' }
  }
  const found = (
    [
      ['per_participant', PER_PARTICIPANT],
      ['average', AVERAGE],
      ['total', TOTAL],
    ] as const
  ).map(([figure, re]) => [figure, scan.take(re, { keep: true })] as const)
  const asked = found.filter(([, ms]) => ms.length > 0)
  const [one] = asked
  if (one === undefined || asked.length > 1) return undefined
  for (const m of one[1]) scan.consume(m.start, m.end)
  // "(where recorded)", "only counting events with a cost": a cost figure is always of the events with a cost
  // recorded, so the gloss says what it does (read before the event nouns, which are inside it)
  scan.take(RECORDED_GLOSS)
  scan.take(EVENT_NOUNS)
  // 「費用の合計が最も大きかった公館」: the adjective of the ranking (最も stays for the ranking's reader)
  scan.take(RANK_ADJECTIVE_JA)
  return { intent: 'event_cost', figure: one[0] }
}
