// The answers in Japanese, as the bureau writes them (です・ます to users; 件, 名, 州, 公館 as counters).
import { eraFiscalYearLabel, fyLabel } from '../../domain/fiscal-year.ts'
import { OFFICES } from '../../domain/offices.ts'
import { REGIONS, STATES } from '../../domain/states.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { formatJaCount, formatNumber, JA_COUNTERS } from '../../i18n/format.ts'
import type { ResolvedPeriod } from '../results.ts'
import type { Metric } from '../slots.ts'
import type { Unit, Wording } from './types.ts'
import { name, groupKeyName, wholeMonths, monthsLabel, scopeOf, scopeJaNoun, scopeJaVerb, jaDate, relativeJa, GROUP_COUNTER_JA, periodLabelJa, fyPartJa, recentJa } from './shared.ts'

const jaCounter: Record<Unit, string> = JA_COUNTERS
const METRIC_UNIT: Record<Metric, Unit> = {
  events: 'events',
  participants: 'participants',
  avg_participants: 'participants',
  states_covered: 'states',
  offices_active: 'offices',
  cities: 'cities',
}

export const ja: Wording = {
  count: (n, unit) => formatJaCount(n, jaCounter[unit]),
  cell: (metric, value) => (value === null ? '–' : `${formatNumber(value)}${jaCounter[METRIC_UNIT[metric]]}`),
  figure: (metric, value) => {
    if (value === null) return '–'
    switch (metric) {
      case 'events':
        return formatJaCount(value, '件')
      case 'participants':
      case 'avg_participants':
        return formatJaCount(value, '名')
      case 'states_covered':
        return formatJaCount(value, '州')
      case 'offices_active':
        return formatJaCount(value, '公館')
      case 'cities':
        return formatJaCount(value, '都市')
    }
  },
  metric: (m) =>
    ({
      events: '実施件数',
      participants: '延べ参加者数',
      states_covered: '実施州数',
      offices_active: '事業を実施した在外公館数',
      avg_participants: '1件当たりの平均参加者数',
      cities: '実施都市数',
    })[m],
  groupBy: (g) =>
    ({
      fiscal_year: '年度',
      state: '州',
      region: '地域',
      office: '在外公館',
      activity_type: '事業分類',
      theme: 'テーマ',
      format: '実施形態',
      month: '月',
      fiscal_quarter: '四半期',
      weekday: '曜日',
      city: '都市',
      best_practice_category: '分類',
      month_of_year: '月',
    })[g],
  groupKey: (g, key) => groupKeyName(g, key, 'ja'),
  periodShort: (p) => {
    const a = p.asked
    if (a.kind === 'all') return '累計'
    if (a.kind === 'fy_part') return fyPartJa(a.fy, a.part)
    if (a.kind === 'fy_part_relative') {
      const fy = Number((p.from ?? '').slice(0, 4)) - (a.part === 'q4' ? 1 : 0)
      return `${relativeJa(a.offset)}${fyPartJa(null, a.part)}（${fyPartJa(fy, a.part)}）`
    }
    if (a.kind === 'dates_since') return `${jaDate(a.from)}以降`
    if (a.kind === 'dates_until') return `${jaDate(a.to)}まで`
    if (a.kind === 'recent') return recentJa(a.n, a.unit)
    if (p.fiscalYears) {
      const { from, to } = p.fiscalYears
      if (a.kind === 'fy_relative') return `${relativeJa(a.offset)}（${from}年度・${eraFiscalYearLabel(from)}）`
      return from === to ? fyLabel(from, 'ja') : `${from}年度〜${to}年度`
    }
    if (p.from !== null && p.from === p.to) return jaDate(p.from)
    return monthsLabel(p, 'ja') ?? `${jaDate(p.from ?? '')}〜${jaDate(p.to ?? '')}`
  },
  periodWithDates: (p) => {
    const short = ja.periodShort(p)
    if (p.asked.kind === 'dates') return wholeMonths(p) ? `${short}（${jaDate(p.from ?? '')}〜${jaDate(p.to ?? '')}）` : short
    if (p.from === null || p.to === null) return `${short}（登録なし）`
    return `${short}（${jaDate(p.from)}〜${jaDate(p.to)}）`
  },
  // all records: 累計 goes with the figure (「シカゴ総領事館の実施件数は累計115件です」), not before the scope
  periodOf: (p) => (p.asked.kind === 'all' ? '' : `${ja.periodShort(p)}の`),
  periodIn: (p) => (p.asked.kind === 'all' ? 'これまでに' : `${ja.periodShort(p)}に`),
  filters: (f) => {
    const s = scopeOf(f, 'ja', false)
    return [s.offices ?? '全在外公館', ...s.places, ...s.kinds]
  },
  counted: (parts) => `集計対象：${parts.join('・')}`,
  matched: (n) => `該当${formatNumber(n)}件`,
  matchedEach: (a, b) => `該当${formatNumber(a)}件・${formatNumber(b)}件`,
  assumption: (a) =>
    ({
      year_as_fiscal_year: '年は年度（4月〜翌年3月）と解釈',
      default_metric_events: '集計項目の指定がないため実施件数を集計',
      dc_not_a_state: `${name.state('DC', 'ja')}は州に含めず`,
      latest_fy_for_first_time: '期間内の最新年度で判定',
      latest_fy_part: '年度の指定がない四半期・半期は、基準日までに始まった直近のものと解釈',
      one_decimal: '数値は小数第1位までの表示',
    })[a],
  note: (n) => {
    switch (n.code) {
      case 'dc_events':
        return `${name.state('DC', 'ja')}の事業${formatNumber(n.events)}件は州の集計に含めず`
      case 'first_time_fiscal_year':
        return `初実施の州は${fyLabel(n.fiscalYear, 'ja')}${n.reason === 'all' ? '（今年度）' : '（期間内の最新年度）'}について判定`
      case 'period_reversed':
        return '期間の始めと終わりを入れ替えて集計'
      case 'in_progress':
        return `期間の途中のため、${jaDate(n.through)}までの登録分で集計`
      case 'nothing_matched':
        return `該当する事業の登録はありません（登録済みの事業は${jaDate(n.first)}〜${jaDate(n.last)}の実施分）`
      case 'nothing_recorded':
        return '事業はまだ登録されていません'
    }
  },
  breakdownBy: (g, { top, fewest, cumulative }) => {
    const by = g === 'weekday' ? '曜日別（開始日の曜日）' : g === 'month_of_year' ? '月別（全年合算）' : `${ja.groupBy(g)}別`
    if (cumulative) return `${by}累計（期間の初めからの累計）`
    if (!fewest) return top === null ? by : `${by}上位${top}`
    const among = `事業のあった${ja.groupBy(g)}に限る`
    return top === null ? `${by}（少ない順、${among}）` : `${by}下位${top}（${among}）`
  },
  scalar: (metric, p, value, parts, f) => {
    const of = `${ja.periodOf(p)}${scopeJaNoun(f)}`
    const total = p.asked.kind === 'all' ? '累計' : ''
    const { who, what } = scopeJaVerb(f)
    switch (metric) {
      case 'events':
        return `${of}実施件数は${total}${ja.figure(metric, value)}です。`
      case 'participants':
        return `${of}延べ参加者数は${total}${ja.figure(metric, value)}です。`
      case 'states_covered':
        if (value === parts.outOf && parts.outOf === 50) return `${ja.periodIn(p)}${scopeJaVerb(f, true).who}全50州で${what}事業を実施しています。`
        return `${ja.periodIn(p)}${who}${what}事業を実施した州は${ja.figure(metric, value)}です（全${parts.outOf}州中）。`
      case 'offices_active':
        return `${ja.periodIn(p)}${who}${what}事業を実施した在外公館は${ja.figure(metric, value)}です。`
      case 'avg_participants':
        return value === null
          ? `${of}該当する事業がないため、平均参加者数は算出できません。`
          : `${of}1件当たりの平均参加者数は${formatNumber(value)}名です（延べ${formatNumber(parts.participants ?? 0)}名÷${formatNumber(parts.events)}件）。`
      case 'cities':
        return `${ja.periodIn(p)}${who}${what}事業を実施した都市は${ja.figure(metric, value)}です。`
    }
  },
  breakdownHead: (metric, g, { top, fewest, cumulative }, p, f) => {
    const of = `${ja.periodOf(p)}${scopeJaNoun(f)}`
    const total = p.asked.kind === 'all'
    if (cumulative && metric === 'states_covered') return `${of}期間の初めから各${ja.groupBy(g)}末までに事業を実施した州の数（累計、各州は1回のみ計上）：`
    if (cumulative) return `${of}${ja.metric(metric)}の${ja.groupBy(g)}別累計（期間の初めからの累計）：`
    if (fewest) {
      const among = `事業のあった${ja.groupBy(g)}に限る${total ? '、累計' : ''}`
      if (top === null) return `${of}${ja.groupBy(g)}別${ja.metric(metric)}（少ない順、${among}）：`
      if (top === 1) return `${of}${ja.metric(metric)}が最も少ない${ja.groupBy(g)}（${among}）：`
      return `${of}${ja.metric(metric)}（${ja.groupBy(g)}別下位${top}、${among}）：`
    }
    if (top === null) return `${of}${ja.groupBy(g)}別${ja.metric(metric)}${total ? '（累計）' : ''}：`
    if (top === 1) return `${of}${ja.metric(metric)}が最も多い${ja.groupBy(g)}${total ? '（累計）' : ''}：`
    return `${of}${ja.metric(metric)}（${ja.groupBy(g)}別上位${top}${total ? '、累計' : ''}）：`
  },
  averageCell: (value, participants, events) => (value === null ? '–' : `${formatNumber(value)}名（${formatNumber(participants)}名÷${formatNumber(events)}件）`),
  tiesShown: (g, top, shown) => `${top}位が同数のため${shown}${GROUP_COUNTER_JA[g]}を表示しています。`,
  zeroStatesHidden: (count, of) => `値が0の州は表示していません（${of}州中${count}州）。`,
  unrankedGroups: (g, count, of) =>
    count === 0
      ? `${of}${GROUP_COUNTER_JA[g]}すべてで事業を実施しています。`
      : `事業のなかった${ja.groupBy(g)}（${of}${GROUP_COUNTER_JA[g]}中${count}${GROUP_COUNTER_JA[g]}）は順位の対象外です。`,
  overlap: (metric, total, g) => {
    if (metric === 'participants' && (g === 'state' || g === 'region')) {
      const each = g === 'state' ? '各州' : '各地域'
      const across = g === 'state' ? '複数州' : '複数地域'
      return `${across}にまたがる事業の参加者数は${each}に計上しています（重複を除いた合計は${formatNumber(total ?? 0)}名）。`
    }
    const reason =
      g === 'state' || g === 'region'
        ? `複数の州にまたがる事業は該当する各${ja.groupBy(g)}でそれぞれ計上している`
        : g === 'theme'
          ? '複数のテーマに該当する事業は各テーマでそれぞれ計上し、テーマ未設定の事業はいずれにも計上していない'
          : '複数の区分に該当する事業は該当する各区分でそれぞれ計上している'
    return `${reason}ため、各区分の合計は全体（${metric === 'participants' ? ja.count(total ?? 0, 'participants') : ja.count(total ?? 0, 'events')}）${g === 'theme' ? 'と一致しません' : 'を上回ります'}。`
  },
  noRows: '該当する事業はありません。',
  cityNote: '都市の記録がある事業のみ（都市の記録がない事業は数えていません）・同名の都市は1都市',
  categoryNote: '分類が登録されたベストプラクティスのみ（分類のない事業はどの分類にも入りません）',
  comparison: (metric, a, b, difference, changePercent, f) => {
    const head = `${scopeJaNoun(f)}${ja.metric(metric)}は、${a.label}が${ja.figure(metric, a.value)}、${b.label}が${ja.figure(metric, b.value)}`
    if (difference === null) return `${head}です。`
    if (difference === 0) return `${head}で、増減はありません。`
    const amount = ja.figure(metric, Math.abs(difference))
    const pct = changePercent === null ? '' : `（${formatNumber(Math.abs(changePercent))}%${difference > 0 ? '増' : '減'}）`
    return `${head}で、${amount}の${difference > 0 ? '増加' : '減少'}${pct}です。`
  },
  comparePeriods: (a, b) => `${ja.periodWithDates(a)}と${ja.periodWithDates(b)}の比較`,
  firstTime: (p, states, f) => {
    const { who, what } = scopeJaVerb(f)
    return states.length === 0
      ? `${ja.periodShort(p)}に${who}初めて${what}事業を実施した州はありません。`
      : `${ja.periodShort(p)}に${who}初めて${what}事業を実施した州は${states.length}州です。該当州：${states.map((s) => name.state(s, 'ja')).join('、')}。`
  },
  firstTimeline: (timeline, asked) => {
    const first = new Map(timeline.map((t) => [t.state, t.fiscalYear]))
    const missing = asked.filter((s) => !first.has(s))
    if (asked.length <= 3) {
      return asked
        .map((s) => {
          const fy = first.get(s)
          return fy === undefined ? `${name.state(s, 'ja')}ではまだ事業を実施していません。` : `${name.state(s, 'ja')}で初めて事業を実施したのは${fyLabel(fy, 'ja')}です。`
        })
        .join('')
    }
    if (timeline.length === 0) return `${asked.length}州のいずれでも、まだ事業を実施していません。`
    const lastFy = Math.max(...timeline.map((t) => t.fiscalYear))
    const last = timeline.filter((t) => t.fiscalYear === lastFy).map((t) => name.state(t.state, 'ja'))
    const lastText = `直近で初めて事業を実施したのは${last.join('、')}（${fyLabel(lastFy, 'ja')}）です。`
    // 各州を初めて事業を実施した年度ごとに
    const years = [...new Set(timeline.map((t) => t.fiscalYear))].sort((a, b) => a - b)
    const byYear = years.map((fy) => `${fyLabel(fy, 'ja')}：${timeline.filter((t) => t.fiscalYear === fy).map((t) => name.state(t.state, 'ja')).join('、')}`)
    const head =
      missing.length === 0
        ? `${asked.length === 50 ? '全50州' : `対象の${asked.length}州すべて`}で事業を実施済みです。${lastText}`
        : `${asked.length}州中${timeline.length}州で事業を実施済みです。未実施は${missing.map((s) => name.state(s, 'ja')).join('、')}です。${lastText}`
    return [head, '初回実施年度別の州：', ...byYear].join('\n')
  },
  uncovered: (p, states, outOf, f) => {
    if (states.length === 0) {
      const { who, what } = scopeJaVerb(f, true)
      return `${ja.periodIn(p)}${who}全${outOf}州で${what}事業を実施しています。`
    }
    const { who, what } = scopeJaVerb(f)
    return `${ja.periodIn(p)}${who}${what}事業を実施していない州は${states.length}州です（全${outOf}州中）。該当州：${states.map((s) => name.state(s, 'ja')).join('、')}。`
  },
  eventsHead: (p, shown, matched, f, order = 'newest') =>
    shown >= matched
      ? `${ja.periodOf(p)}${scopeJaNoun(f)}事業${formatNumber(matched)}件（${order === 'oldest' ? '古い' : '新しい'}順）：`
      : `${ja.periodOf(p)}${scopeJaNoun(f)}事業${formatNumber(matched)}件のうち、${order === 'oldest' ? '古い' : '新しい'}順に${formatNumber(shown)}件：`,
  eventLine: (e) => `・${jaDate(e.date)}　${e.office}　${e.states.join('、')}　${e.title}　${formatNumber(e.participants)}名`,
  noEvents: '該当する事業はありません。',
  stateName: (code) => name.state(code, 'ja'),
  clarify: (labels) =>
    labels.length === 1
      ? [`ご質問は複数の意味に解釈できますが、数値をお示しできるのは次の解釈のみです。こちらでよろしいでしょうか。`, `1. ${labels[0]}`].join('\n')
      : [`ご質問は複数の意味に解釈でき、解釈によって数値が異なります。次のいずれをお尋ねでしょうか。`, ...labels.map((l, i) => `${i + 1}. ${l}`)].join('\n'),
  clarifyInterpretation: (n) => (n === 1 ? '未集計：集計できる解釈は1通りです' : `未集計：ご質問に${n}通りの解釈があります`),
  unknown: (reason) =>
    ({
      out_of_scope: 'お答えできるのは、登録された事業の集計（件数、参加者数、州、在外公館、年度）に関するご質問です。',
      empty: 'ご質問を入力してください。',
      not_understood: 'ご質問から集計の条件を読み取ることができませんでした。',
      unused_words: 'ご質問のすべての語句を集計条件として扱えないため、数値はお答えできません。',
      future: 'お尋ねの期間はまだ始まっていません。登録された事業の実績のみを集計しているため、数値はお答えできません。',
    })[reason],
  unusedWords: (words) => `${words.map((x) => `「${x}」`).join('、')}はまだ集計条件として扱えないため、数値はお答えできません。`,
  understood: (parts) => `読み取れた条件：${parts.join('・')}`,
  scopePhrase: (f) => scopeJaNoun(f),
  periodLabel: (p) => periodLabelJa(p),
  suggest: (question) => `次のご質問ならお答えできます：「${question}」`,
  unknownInterpretation: '未集計：数値はお示ししていません',
  examplesHead: '例えば、次のようにご質問ください。',
  examples: ['2022年度の実施件数は？', '2017年度以降の延べ参加者数は？', 'これまでに事業を実施した州の数は？', '今年度の地域別の実施件数'],
  listSeparator: '、',
}
