// GENERATED DEMO DATA — not real events. `grassroots demo` fills an empty (or reset) database with a
// dataset made up by this module so that a new user sees every part of the product without Slack. It is
// deterministic: the same seed always gives the same events, byte for byte.
//
// The dataset is built to agree with the task force's report of August 2023 (../shared/seed): FY2017–FY2022
// with 1,115 events in all and 88 in FY2022, participants (延べ) per fiscal year of exactly 770,000 /
// 1,100,000 / 380,000 / 880,000 / 330,000 / 300,000, every one of the 50 states covered by the end of FY2022
// with Wyoming covered for the first time in FY2022, and the report's four FY2022 best practices as real
// records under the report's categories (the CIC programme as an ongoing record since 2018). Everything else (dates, cities, titles, sizes) is invented but plausible: offices hold events in
// the states they serve (the embassy anywhere, online events may reach further), more events went online in
// FY2020–FY2021, and Action Plan 2.0 themes appear from FY2021.
//
// Figures are never read back from here: the report, the digest and the tests count the stored events.
import { eventInputSchema, type EventData, type EventInput } from '../domain/event.ts'
import type { ActivityTypeCode, FormatCode, ThemeCode } from '../domain/catalog.ts'
import { addDays, fiscalYearRange } from '../domain/fiscal-year.ts'
import { OFFICES, officeByCode, type Office } from '../domain/offices.ts'
import { FIFTY_STATES, stateByCode } from '../domain/states.ts'
import { THEMES } from '../domain/catalog.ts'
import { citiesServedBy, DEMO_CITIES, type DemoCity } from './cities.ts'
import { mulberry32, type Rng } from './random.ts'

export const DEFAULT_DEMO_SEED = 20230801

export interface DemoEvent {
  sourceKey: string
  data: EventData
  /** When the event was "recorded" (its createdAt): a few days after it was held. */
  recordedAt: Date
}

export interface DemoDataset {
  seed: number
  events: DemoEvent[]
}

/** Per fiscal year: how many events and how many participants in all. */
const YEAR_PLAN: ReadonlyArray<{ fy: number; events: number; participants: number }> = [
  { fy: 2017, events: 180, participants: 770_000 },
  { fy: 2018, events: 230, participants: 1_100_000 },
  { fy: 2019, events: 215, participants: 380_000 },
  { fy: 2020, events: 205, participants: 880_000 },
  { fy: 2021, events: 197, participants: 330_000 },
  { fy: 2022, events: 88, participants: 300_000 },
]

/** The state first covered in the last fiscal year of the plan, as in the report. */
const LAST_NEW_STATE = 'WY'

// ------------------------------------------------------------------------------------------------

const intBetween = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1))

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new RangeError('pick from an empty list')
  return item
}

function weighted<T>(rng: Rng, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((s, [, w]) => s + w, 0)
  let r = rng() * total
  for (const [item, w] of table) {
    r -= w
    if (r < 0) return item
  }
  const last = table.at(-1)
  if (last === undefined) throw new RangeError('weighted pick from an empty table')
  return last[0]
}

// ------------------------------------------------------------------------------------------------
// Distributions.

const OFFICE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['embassy', 8], ['new-york', 12], ['boston', 6], ['chicago', 9], ['detroit', 5], ['nashville', 6],
  ['atlanta', 7], ['miami', 4], ['houston', 7], ['denver', 5], ['los-angeles', 9], ['san-francisco', 8],
  ['seattle', 6], ['portland', 4], ['honolulu', 3], ['anchorage', 2],
]

function formatWeights(fy: number): ReadonlyArray<readonly [FormatCode, number]> {
  if (fy === 2020) return [['in_person', 12], ['online', 76], ['hybrid', 12]]
  if (fy === 2021) return [['in_person', 27], ['online', 53], ['hybrid', 20]]
  if (fy >= 2022) return [['in_person', 66], ['online', 19], ['hybrid', 15]]
  return [['in_person', 93], ['online', 2], ['hybrid', 5]]
}

const TYPE_WEIGHTS: ReadonlyArray<readonly [ActivityTypeCode, number]> = [
  ['info', 30], ['business_support', 25], ['japan_event', 22], ['food_pr', 14], ['other', 9],
]

/** Action Plan 2.0 (2021) brought climate, innovation and supply chains; FY2022 the Kishida policies. */
function themeWeights(fy: number): ReadonlyArray<readonly [ThemeCode, number]> {
  if (fy <= 2019) return [['trade_investment', 4], ['workforce', 3], ['sister_city', 2], ['innovation_st', 1]]
  if (fy === 2020) return [['trade_investment', 3], ['workforce', 3], ['sister_city', 2], ['innovation_st', 2], ['climate_energy', 1]]
  if (fy === 2021) {
    return [['climate_energy', 3], ['innovation_st', 3], ['supply_chain', 3], ['trade_investment', 2], ['workforce', 2], ['sister_city', 1]]
  }
  return [
    ['climate_energy', 3], ['innovation_st', 3], ['supply_chain', 3], ['trade_investment', 2], ['workforce', 2],
    ['digital_garden_city', 2], ['new_capitalism', 2], ['sister_city', 1],
  ]
}

/**
 * The themes a kind of activity can carry: a Japan festival or a food fair is about sister cities and trade
 * (a food fair also about supply chains), never 新しい資本主義 or climate policy; briefings, business support
 * and the rest can carry any policy theme of their year.
 */
const THEMES_OF_TYPE: Partial<Record<ActivityTypeCode, readonly ThemeCode[]>> = {
  japan_event: ['sister_city', 'trade_investment'],
  food_pr: ['sister_city', 'trade_investment', 'supply_chain'],
}

function themeFits(type: ActivityTypeCode, theme: ThemeCode): boolean {
  return THEMES_OF_TYPE[type]?.includes(theme) ?? true
}

/**
 * The day an event is held: a day the offices are open. The missions close for 年末年始 (29 December – 3
 * January) and on US holidays that fall on a weekday of events (25 December, 4 July, Thanksgiving): a date
 * drawn on one moves to the next open day, which stays in the same fiscal year (April–March).
 */
export function openDay(date: string): string {
  let d = date
  while (closedDay(d)) d = addDays(d, 1)
  return d
}

/** Whether the offices are closed on a date (YYYY-MM-DD): 29 Dec – 3 Jan, 25 Dec, 4 July, Thanksgiving. */
function closedDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const thanksgiving = 22 + ((4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7)
  return (m === 12 && (d === 25 || d >= 29)) || (m === 1 && d <= 3) || (m === 7 && d === 4) || (m === 11 && d === thanksgiving)
}

/** Typical attendance of an ordinary (not festival) event, by format and type. */
function naturalSize(rng: Rng, format: FormatCode, type: ActivityTypeCode): number {
  if (format === 'online') {
    if (type === 'info' || type === 'business_support') return intBetween(rng, 40, 600)
    return intBetween(rng, 80, 2500)
  }
  switch (type) {
    case 'info':
      return intBetween(rng, 30, 300)
    case 'business_support':
      return intBetween(rng, 15, 180)
    case 'food_pr':
      return intBetween(rng, 80, 1500)
    case 'japan_event':
      return intBetween(rng, 150, 3000)
    case 'other':
      return intBetween(rng, 25, 400)
  }
}

// ------------------------------------------------------------------------------------------------
// Titles. {c}/{cj}: city, {s}/{sj}: state, {t}/{tj}: theme, in English / Japanese.

interface Template {
  en: string
  ja: string
  /** Needs one of the 50 states as its place (not DC): "Governor of {s}". */
  needsState?: boolean
  /** Needs a theme. */
  needsTheme?: boolean
  /** Adds this theme to the event. */
  theme?: ThemeCode
}

const IN_PERSON: Record<ActivityTypeCode, Template[]> = {
  info: [
    { en: 'Seminar on Japan–US Economic Relations in {c}', ja: '日米経済関係セミナー（{cj}）' },
    { en: 'Briefing for {s} State Legislators on Japanese Investment', ja: '{sj}議会議員向け日本企業の投資に関する説明会', needsState: true, theme: 'trade_investment' },
    { en: 'Lecture on Japan–US Economic Ties at a University in {c}', ja: '日米経済関係に関する大学での講演（{cj}）' },
    { en: 'Roundtable with {s} Business Leaders on Japan–US Trade', ja: '{sj}経済界との日米貿易に関する意見交換会', needsState: true, theme: 'trade_investment' },
    { en: 'Symposium on Japan–US Cooperation: {t} ({c})', ja: '{tj}分野における日米協力シンポジウム（{cj}）', needsTheme: true },
  ],
  business_support: [
    { en: 'Networking Reception for Japanese Companies in {c}', ja: '日系企業ネットワーキング・レセプション（{cj}）' },
    { en: "Visit to a Japanese Company's Plant with {s} Officials", ja: '{sj}政府関係者との日系企業工場視察', needsState: true, theme: 'workforce' },
    { en: 'Meeting between the Governor of {s} and Japanese Companies', ja: '{sj}知事と日系企業との意見交換会', needsState: true },
    { en: 'Seminar on the Business Environment in {s} for Japanese Companies', ja: '日系企業向け{sj}ビジネス環境セミナー', needsState: true },
  ],
  japan_event: [
    { en: 'Japan Day in {c}', ja: 'ジャパン・デー（{cj}）' },
    { en: 'Japanese Culture Day at the {c} Public Library', ja: '{cj}公立図書館「日本文化の日」' },
    { en: 'Japanese Film Screening in {c}', ja: '日本映画上映会（{cj}）' },
  ],
  food_pr: [
    { en: 'Japanese Food and Sake Tasting in {c}', ja: '日本食・日本酒試飲会（{cj}）' },
    { en: 'Washoku Promotion Reception in {c}', ja: '和食普及レセプション（{cj}）' },
    { en: 'Japanese Seafood and Wagyu Promotion Fair in {c}', ja: '日本産水産物・和牛プロモーションフェア（{cj}）' },
  ],
  other: [
    { en: 'Japan–US Grassroots Exchange Meeting in {c}', ja: '日米草の根交流会（{cj}）' },
    { en: 'Sister-City Exchange Reception in {c}', ja: '姉妹都市交流レセプション（{cj}）', theme: 'sister_city' },
  ],
}

const ONLINE: Record<ActivityTypeCode, Template[]> = {
  info: [
    { en: 'Webinar: Japan–US Economic Relations and {s}', ja: 'ウェビナー「日米経済関係と{sj}」', needsState: true },
    { en: 'Webinar on Japan–US Cooperation: {t}', ja: '{tj}分野における日米協力に関するウェビナー', needsTheme: true },
  ],
  business_support: [
    { en: 'Online Consultation Session for Japanese Companies in {s}', ja: '{sj}進出日系企業向けオンライン相談会', needsState: true },
    { en: 'Webinar on Supply Chains for Japanese Companies ({s})', ja: '日系企業向けサプライチェーン・ウェビナー（{sj}）', needsState: true, theme: 'supply_chain' },
  ],
  japan_event: [{ en: 'Online Japanese Culture Workshop ({s})', ja: 'オンライン日本文化ワークショップ（{sj}）', needsState: true }],
  food_pr: [{ en: 'Online Japanese Cooking Demonstration ({s})', ja: 'オンライン和食料理デモンストレーション（{sj}）', needsState: true }],
  other: [{ en: 'Online Japan–US Youth Exchange ({s})', ja: 'オンライン日米青少年交流（{sj}）', needsState: true }],
}

const FESTIVAL_IN_PERSON: Template[] = [
  { en: '{c} Cherry Blossom Festival', ja: '{cj}桜祭り' },
  { en: 'Japan Festival in {c}', ja: 'ジャパン・フェスティバル（{cj}）' },
  { en: 'Japan Matsuri in {c}', ja: '日本祭り（{cj}）' },
]

const FESTIVAL_ONLINE: Template[] = [
  { en: 'Online Japan Festival ({s})', ja: 'オンライン・ジャパン・フェスティバル（{sj}）', needsState: true },
  { en: 'Virtual Cherry Blossom Festival ({s})', ja: 'バーチャル桜祭り（{sj}）', needsState: true },
]

const PARTNERS: ReadonlyArray<(state: string) => string> = [
  () => 'JETRO',
  () => 'Japan Foundation',
  () => 'JNTO',
  (s) => `Japan-America Society of ${s}`,
  (s) => `${s} Department of Commerce`,
]

function fill(text: string, place: Place, theme: ThemeCode | undefined): string {
  const t = theme === undefined ? undefined : THEMES.find((x) => x.code === theme)
  const state = stateByCode(place.state)
  return text
    .replaceAll('{cj}', place.city?.ja ?? state.nameJa)
    .replaceAll('{c}', place.city?.en ?? state.nameEn)
    .replaceAll('{sj}', state.nameJa)
    .replaceAll('{s}', state.nameEn)
    .replaceAll('{tj}', t?.ja ?? '')
    .replaceAll('{t}', t?.en ?? '')
}

interface Place {
  state: string
  city: DemoCity | undefined
}

// ------------------------------------------------------------------------------------------------
// The report's records: its four best practices of FY2022 with their categories (the CIC programme, ongoing
// since 2018, among them), and the first event in Wyoming.

interface FixedEvent {
  key: string
  input: EventInput
  /** Days after the event it was recorded. */
  recordedAfterDays: number
  /**
   * The record is counted in the year plan of another fiscal year than its own: the generated events are drawn
   * as if it were in `fy`, then one generated event of the record's own year moves to `fy`, dated `date`. The
   * CIC programme (2018年～) was first recorded as a FY2022 event of 2022-10-13; so every other generated event
   * stays as it was, and each year keeps its number of events and participants.
   */
  plannedIn?: { fy: number; date: string }
}

const FIXED_FY2022: readonly FixedEvent[] = [
  {
    key: 'demo:fy2022:chicago-caravan',
    recordedAfterDays: 6,
    input: {
      startDate: '2022-05-17',
      officeCode: 'chicago',
      stateCodes: ['WI'],
      city: null,
      titleEn: "Grassroots Caravan: Visit to a Japanese Company's Plant in Wisconsin",
      titleJa: '草の根キャラバン：ウィスコンシン州の日系企業工場視察',
      activityType: 'business_support',
      themes: ['workforce', 'trade_investment'],
      format: 'in_person',
      participants: 45,
      bestPractice: true,
      bestPracticeCategory: 'no-consulate',
      summary: [
        "Together with state government officials and state legislators, visited a Japanese company's plant in Wisconsin and highlighted Japanese companies' contribution to the local economy. At a reception held alongside the visit, local leaders including state government officials, the local business community, educational institutions and the sister-city committee were invited, and the strong trade and investment ties between Japan and Wisconsin and Japanese companies' contribution to the region were emphasised.",
        'ウィスコンシン州の日系企業工場への視察を州政府関係者、州議会議員等と共に行い、日系企業による現地経済への貢献を発信。併せて開催したレセプションにおいても、州政府関係者、地元ビジネス関係者、教育機関、姉妹都市委員会を含む地元有力者を招き、日ウィスコンシン間の強固な貿易・投資関係や日系企業の地域への貢献をアピール。',
      ].join('\n\n'),
    },
  },
  {
    key: 'demo:fy2022:houston-aging-webinar',
    recordedAfterDays: 4,
    input: {
      startDate: '2022-06-23',
      officeCode: 'houston',
      stateCodes: ['OK'],
      city: null,
      titleEn: 'Webinar on an Aging Society, featuring Oklahoma',
      titleJa: '高齢化社会ウェビナー（オクラホマ州）',
      activityType: 'info',
      themes: ['digital_garden_city', 'sister_city'],
      format: 'online',
      participants: 150,
      bestPractice: true,
      bestPracticeCategory: 'digital-garden-city',
      summary: [
        'Introduced, as an example contributing to the Digital Garden City Nation vision in disaster prevention, a Japanese company that researched weather alert systems in Oklahoma, where tornadoes and other disasters are frequent, developed the system further in Japan and now provides it to Oklahoma. Marking the 30th anniversary of the sister-city relationship between Tulsa, Oklahoma and Utsunomiya, Tochigi, a video message from the Mayor of Utsunomiya was shown.',
        '竜巻等が多発するオクラホマ州で、日本企業が気象情報通報システム研究を行い、同システムを日本で開発・発展させてオクラホマ州に提供している事例を防災分野でのデジタル田園都市国家構想に資する例として紹介。オクラホマ州タルサ市と栃木県宇都宮市の姉妹都市交流30周年に鑑み、宇都宮市長からのビデオ・メッセージを上映。',
      ].join('\n\n'),
    },
  },
  {
    // the report lists it among FY2022's best practices as （ボストン総：CIC（ケンブリッジ・イノベーション・センター）
    // （2018年～））: a programme running since 2018, recorded as one ongoing event of FY2018
    key: 'demo:fy2018:boston-cic-programme',
    recordedAfterDays: 5,
    plannedIn: { fy: 2022, date: '2022-10-13' },
    input: {
      startDate: '2018-06-01',
      officeCode: 'boston',
      stateCodes: ['MA'],
      city: 'Cambridge',
      titleEn: 'CIC (Cambridge Innovation Center)',
      titleJa: 'CIC（ケンブリッジ・イノベーション・センター）',
      activityType: 'business_support',
      themes: ['innovation_st'],
      format: 'in_person',
      participants: 120,
      partners: ['Cambridge Innovation Center (CIC)'],
      bestPractice: true,
      bestPracticeCategory: 'new-capitalism',
      ongoing: true,
      summary: [
        'The Consulate-General has set up a satellite office at a startup support organisation (CIC, since 2018) and supports Japanese companies through events, networking and information. An event introducing startups from the University of Tsukuba was held there in 2019; the same year, Tsukuba City concluded a memorandum of understanding with CIC on mutual support for startups, to help startups from the city expand further overseas.',
        'スタートアップ支援機関（CIC、2018年～）に総領事館のサテライトオフィスを設置し、イベント開催・ネットワーキング・情報提供等を通した日系企業支援を実施。筑波大学発のスタートアップを紹介するイベントを2019年に開催。同年、つくば市は同市発のスタートアップの更なる海外展開促進を目的に、CICとの間でスタートアップの相互支援に関するMOUの策定に至った。',
      ].join('\n\n'),
    },
  },
  {
    key: 'demo:fy2022:anchorage-arctic-symposium',
    recordedAfterDays: 3,
    input: {
      startDate: '2023-01-26',
      officeCode: 'anchorage',
      stateCodes: ['AK'],
      city: null,
      titleEn: 'Online Arctic Symposium',
      titleJa: 'オンライン北極シンポジウム',
      activityType: 'info',
      themes: ['climate_energy'],
      format: 'online',
      participants: 180,
      bestPractice: true,
      bestPracticeCategory: 'action-plan-2',
      summary: [
        "A symposium of presentations and a question-and-answer session by experts on environmentally conscious economic development and related activities in the Arctic. Ambassador in charge of Arctic Affairs Takewaka explained Japan's Arctic policy, and a video message from a member of the US Congress stressing the importance of bilateral Arctic cooperation was shown.",
        '北極における環境に配慮した経済開発活動等を議題とした専門家によるプレゼンテーション及び質疑応答から成るシンポジウムを実施。竹若北極担当大使より日本の北極政策について説明した他、連邦議会議員による二国間北極協力の重要性を強調するビデオメッセージを紹介。',
      ].join('\n\n'),
    },
  },
  {
    key: 'demo:fy2022:wyoming-seminar',
    recordedAfterDays: 7,
    input: {
      startDate: '2022-09-15',
      officeCode: 'denver',
      stateCodes: ['WY'],
      city: 'Cheyenne',
      titleEn: 'Seminar on Japan–Wyoming Economic Relations in Cheyenne',
      titleJa: '日本・ワイオミング州経済関係セミナー（シャイアン）',
      activityType: 'info',
      themes: ['trade_investment'],
      format: 'in_person',
      participants: 85,
    },
  },
]

// ------------------------------------------------------------------------------------------------

interface Draft {
  key: string
  fy: number
  startDate: string
  endDate: string | null
  office: Office
  format: FormatCode
  type: ActivityTypeCode
  festival: boolean
  place: Place
  extraStates: string[]
  template: Template
  theme: ThemeCode | undefined
  extraThemes: ThemeCode[]
  participants: number
  partners: string[]
  recordedAfterDays: number
  recordedHourUtc: number
}

/** Random events keep out of Wyoming: its first event is one of the fixed FY2022 records. */
function allowedState(code: string): boolean {
  return code !== LAST_NEW_STATE
}

function choosePlace(rng: Rng, office: Office, format: FormatCode): Place {
  if (office.code === 'embassy') {
    // National outreach: mostly in Washington, sometimes anywhere in the country.
    if (rng() < 0.65) return { state: 'DC', city: DEMO_CITIES.find((c) => c.state === 'DC') }
    const states = FIFTY_STATES.map((s) => s.code).filter((s) => allowedState(s))
    const state = pick(rng, states)
    const cities = DEMO_CITIES.filter((c) => c.state === state)
    return { state, city: format === 'online' ? undefined : pick(rng, cities) }
  }
  const cities = citiesServedBy(office.code, office.states).filter((c) => allowedState(c.state))
  // The office's own city half the time: most events happen where the staff are.
  const home = cities.filter((c) => c.state === office.hostState)
  const city = rng() < 0.5 && home.length > 0 ? pick(rng, home) : pick(rng, cities)
  return { state: city.state, city: format === 'online' ? undefined : city }
}

function draftEvent(rng: Rng, options: { fy: number; index: number; festival: boolean }): Draft {
  const { fy, index, festival } = options
  const office = officeByCode(weighted(rng, OFFICE_WEIGHTS))
  const format = weighted(rng, formatWeights(fy))
  const type: ActivityTypeCode = festival ? 'japan_event' : weighted(rng, TYPE_WEIGHTS)
  const place = choosePlace(rng, office, format)
  const extraStates: string[] = []
  if (format === 'online' && rng() < 0.45) {
    // An online event reaches beyond its office's states: partners co-host it from elsewhere.
    const pool = FIFTY_STATES.map((s) => s.code).filter((s) => s !== place.state && allowedState(s))
    const n = intBetween(rng, 1, 2)
    for (let i = 0; i < n; i++) extraStates.push(pick(rng, pool))
  }
  const isState = place.state !== 'DC'
  const pool = festival ? (format === 'online' ? FESTIVAL_ONLINE : FESTIVAL_IN_PERSON) : format === 'online' ? ONLINE[type] : IN_PERSON[type]
  const candidates = pool.filter((t) => isState || t.needsState !== true)
  const { start, end } = fiscalYearRange(fy)
  const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1
  const startDate = openDay(addDays(start, Math.floor(rng() * days)))
  // Cherry blossoms only in spring.
  const spring = ['03', '04', '05'].includes(startDate.slice(5, 7))
  const seasonal = candidates.filter((t) => spring || !t.en.includes('Cherry Blossom'))
  const template = pick(rng, seasonal.length > 0 ? seasonal : IN_PERSON.japan_event)
  const themeTable = themeWeights(fy)
  const theme = template.needsTheme === true ? weighted(rng, themeTable) : template.theme
  const themeCount = weighted(rng, fy >= 2021 ? [[0, 25], [1, 50], [2, 25]] : [[0, 50], [1, 40], [2, 10]] as const)
  const extraThemes: ThemeCode[] = []
  for (let i = 0; i < themeCount; i++) {
    // drawn from the year's themes, kept only when it fits the kind of activity
    const t = weighted(rng, themeTable)
    if (themeFits(type, t)) extraThemes.push(t)
  }
  const endDate = festival && rng() < 0.35 ? addDays(startDate, 1) : null
  const partners: string[] = []
  const partnerCount = weighted(rng, [[0, 55], [1, 35], [2, 10]] as const)
  const stateName = stateByCode(isState ? place.state : 'DC').nameEn
  for (let i = 0; i < partnerCount; i++) {
    const p = pick(rng, PARTNERS)(stateName)
    if (!partners.includes(p)) partners.push(p)
  }
  return {
    key: `demo:fy${fy}:${String(index).padStart(4, '0')}`,
    fy,
    startDate,
    endDate: endDate !== null && endDate <= end ? endDate : null,
    office,
    format,
    type,
    festival,
    place,
    extraStates,
    template,
    theme,
    extraThemes,
    participants: festival ? 0 : naturalSize(rng, format, type),
    partners,
    recordedAfterDays: intBetween(rng, 1, 12),
    recordedHourUtc: intBetween(rng, 0, 23),
  }
}

/**
 * Makes sure every state but Wyoming has an event before the last fiscal year, as the report says: a state
 * left out by chance gets one of its office's events moved to it from the office's home state.
 */
function coverAllStates(rng: Rng, drafts: Draft[], lastFy: number): void {
  const early = drafts.filter((d) => d.fy < lastFy)
  const covered = () => new Set(early.flatMap((d) => [d.place.state, ...d.extraStates]))
  for (const s of FIFTY_STATES) {
    if (s.code === LAST_NEW_STATE || covered().has(s.code)) continue
    const serving = OFFICES.filter((o) => o.code !== 'embassy' && o.states.includes(s.code))
    const candidates = early.filter(
      (d) => serving.includes(d.office) && d.place.state === d.office.hostState && d.extraStates.length === 0 && d.format !== 'online',
    )
    const fallback = early.filter((d) => d.office.code === 'embassy' && d.place.state === 'DC')
    const chosen = pick(rng, candidates.length > 0 ? candidates : fallback)
    const cities = DEMO_CITIES.filter((c) => c.state === s.code && (c.office === undefined || c.office === chosen.office.code))
    chosen.place = { state: s.code, city: pick(rng, cities.length > 0 ? cities : DEMO_CITIES.filter((c) => c.state === s.code)) }
  }
  const missing = FIFTY_STATES.filter((s) => s.code !== LAST_NEW_STATE && !covered().has(s.code))
  if (missing.length > 0) throw new Error(`demo generator: states left uncovered: ${missing.map((s) => s.code).join(', ')}`)
}

/**
 * Moves one generated event of fiscal year `from` to `to`, dated `date` (a fixed record counted in the plan of
 * `to` belongs to `from`): the last ordinary (not festival) one in one state whose state keeps an event before
 * the last fiscal year, so that coverage stays as planned — one of the record's own office and state when there
 * is one, so that both years keep their counts per office and per state. It gets the next key of its new year.
 */
function moveDraft(drafts: Draft[], byYear: Map<number, Draft[]>, options: { from: number; to: number; date: string; lastFy: number; like: { officeCode: string; state: string | undefined } }): void {
  const source = byYear.get(options.from) ?? []
  const target = byYear.get(options.to) ?? []
  const coveredElsewhere = (d: Draft) => drafts.some((o) => o !== d && o.fy < options.lastFy && (o.place.state === d.place.state || o.extraStates.includes(d.place.state)))
  const movable = source.filter((d) => !d.festival && d.extraStates.length === 0 && coveredElsewhere(d))
  const moving = movable.findLast((d) => d.office.code === options.like.officeCode && d.place.state === options.like.state) ?? movable.at(-1)
  if (moving === undefined) throw new Error(`demo generator: no event of FY${options.from} can move to FY${options.to}`)
  source.splice(source.indexOf(moving), 1)
  moving.fy = options.to
  moving.startDate = options.date
  moving.endDate = null
  moving.key = `demo:fy${options.to}:${String(target.length).padStart(4, '0')}`
  target.push(moving)
}

/** Splits what ordinary events leave of a year's participants among its festivals, to the person. */
function fillParticipants(rng: Rng, drafts: Draft[], target: number, fixed: number): void {
  const festivals = drafts.filter((d) => d.festival)
  const ordinary = drafts.filter((d) => !d.festival).reduce((s, d) => s + d.participants, 0)
  const rest = target - fixed - ordinary
  if (festivals.length === 0 || rest < festivals.length * 1000) {
    throw new Error(`demo generator: cannot reach ${target} participants (${rest} left for ${festivals.length} festivals)`)
  }
  const weights = festivals.map(() => 0.4 + rng() * 1.6)
  const total = weights.reduce((s, w) => s + w, 0)
  let given = 0
  festivals.forEach((d, i) => {
    d.participants = Math.floor((rest * (weights[i] ?? 0)) / total)
    given += d.participants
  })
  for (let i = 0; given < rest; i = (i + 1) % festivals.length) {
    const d = festivals[i]
    if (d === undefined) break
    d.participants += 1
    given += 1
  }
}

function toInput(d: Draft): EventInput {
  const themes = [...(d.theme ? [d.theme] : []), ...d.extraThemes]
  return {
    startDate: d.startDate,
    endDate: d.endDate,
    officeCode: d.office.code,
    stateCodes: [d.place.state, ...d.extraStates],
    city: d.place.city?.en ?? null,
    titleEn: fill(d.template.en, d.place, d.theme),
    titleJa: fill(d.template.ja, d.place, d.theme),
    activityType: d.type,
    themes,
    format: d.format,
    participants: d.participants,
    partners: d.partners,
    bestPractice: false,
    summary: null,
  }
}

function recordedAt(startDate: string, afterDays: number, hourUtc: number): Date {
  return new Date(`${addDays(startDate, afterDays)}T${String(hourUtc).padStart(2, '0')}:00:00Z`)
}

/** The demo dataset: the same seed always gives the same events. */
export function generateDemoDataset(options: { seed?: number } = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  const rng = mulberry32(seed)
  const lastFy = YEAR_PLAN.reduce((m, y) => Math.max(m, y.fy), 0)
  const fixed = FIXED_FY2022.map((f) => ({ ...f, data: eventInputSchema.parse(f.input) }))
  const drafts: Draft[] = []
  const byYear = new Map<number, Draft[]>()
  for (const year of YEAR_PLAN) {
    const fixedHere = fixed.filter((f) => (f.plannedIn?.fy ?? f.data.fiscalYear) === year.fy)
    const count = year.events - fixedHere.length
    const festivalCount = Math.max(4, Math.round(count * 0.08))
    const festivalAt = new Set<number>()
    while (festivalAt.size < festivalCount) festivalAt.add(Math.floor(rng() * count))
    const list: Draft[] = []
    for (let i = 0; i < count; i++) {
      list.push(draftEvent(rng, { fy: year.fy, index: i, festival: festivalAt.has(i) }))
    }
    byYear.set(year.fy, list)
    drafts.push(...list)
  }
  coverAllStates(rng, drafts, lastFy)
  for (const f of fixed) {
    if (f.plannedIn === undefined) continue
    moveDraft(drafts, byYear, { from: f.data.fiscalYear, to: f.plannedIn.fy, date: f.plannedIn.date, lastFy, like: { officeCode: f.data.officeCode, state: f.data.stateCodes[0] } })
  }
  for (const year of YEAR_PLAN) {
    const fixedParticipants = fixed.filter((f) => f.data.fiscalYear === year.fy).reduce((s, f) => s + f.data.participants, 0)
    fillParticipants(rng, byYear.get(year.fy) ?? [], year.participants, fixedParticipants)
  }
  const events: DemoEvent[] = [
    ...drafts.map((d) => ({
      sourceKey: d.key,
      data: eventInputSchema.parse(toInput(d)),
      recordedAt: recordedAt(d.endDate ?? d.startDate, d.recordedAfterDays, d.recordedHourUtc),
    })),
    ...fixed.map((f) => ({ sourceKey: f.key, data: f.data, recordedAt: recordedAt(f.data.startDate, f.recordedAfterDays, 6) })),
  ]
  events.sort((a, b) => (a.data.startDate < b.data.startDate ? -1 : a.data.startDate > b.data.startDate ? 1 : a.sourceKey < b.sourceKey ? -1 : 1))
  return { seed, events }
}
