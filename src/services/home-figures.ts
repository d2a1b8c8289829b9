// Every figure of the App Home tab, in one list: this fiscal year's events, participants, states covered and
// whether DC had an event, for everyone and for one office, and the latest events; each the query
// `grassroots ask` runs for its question (English and Japanese), counted as of today.
// test/reports/figures-through-ask.test.ts asks them.
import { officeByCode } from '../domain/offices.ts'
import type { Query } from '../questions/query.ts'
import { figureList, type Bilingual } from '../reports/figure.ts'

type Filters = Query['filters']

/** How many of this FY's latest events App Home lists. */
export const HOME_LATEST = 5

/** The App Home figures of this fiscal year (as of the day they are counted), for every office or for one. */
export function homeFigures(options: { officeCode?: string }) {
  const office = options.officeCode === undefined ? undefined : officeByCode(options.officeCode)
  const filters: Filters = { period: { kind: 'fy_relative', offset: 0 }, ...(office ? { offices: [office.code] } : {}) }
  // "… this FY for <office>" / 「今年度の<在…総領事館>の…」
  const whose: Bilingual = office ? { en: ` for ${office.nameEn}`, ja: `${office.nameJa}の` } : { en: '', ja: '' }
  const label = (en: string, ja: string): Bilingual => (office ? { en: `${en}, ${office.shortEn}`, ja: `${office.textJa}の${ja}` } : { en, ja })
  return figureList({
    events: {
      label: label('Events this FY', '今年度の実施件数'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters },
      question: { en: `How many events this FY${whose.en}?`, ja: `今年度の${whose.ja}実施件数は？` },
    },
    participants: {
      label: label('Participants this FY', '今年度の延べ参加者数'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters },
      question: { en: `How many participants this FY${whose.en}?`, ja: `今年度の${whose.ja}延べ参加者数は？` },
    },
    statesCovered: {
      label: label('States covered (of 50) this FY', '今年度の実施州数（50州中）'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters },
      question: { en: `How many states were covered this FY${whose.en}?`, ja: `今年度の${whose.ja}実施州数は？` },
    },
    dcEvents: {
      label: label('Events in DC this FY (DC is not a state)', '今年度のワシントンDC（コロンビア特別区）での実施件数'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { ...filters, states: ['DC'] } },
      question: { en: `How many events in DC this FY${whose.en}?`, ja: `今年度の${whose.ja}コロンビア特別区（DC）の実施件数は？` },
    },
  })
}

export type HomeFigures = ReturnType<typeof homeFigures>

/** The list of this FY's latest events, newest first: `latest` of them (1–100, default HOME_LATEST). */
export function homeLatestFigures(options: { latest?: number }) {
  const latest = options.latest ?? HOME_LATEST
  return figureList({
    latestEvents: {
      label: { en: `The ${latest} latest events this FY`, ja: `今年度の最新${latest}件の事業` },
      kind: 'events',
      query: { intent: 'list_events', filters: { period: { kind: 'fy_relative', offset: 0 } }, limit: latest },
      question: { en: `The ${latest} latest events this FY`, ja: `今年度の最新${latest}件の事業` },
    },
  })
}
