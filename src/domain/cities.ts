// Reference list of US cities a question may name as the place of an event (the `city` filter): the cities of
// the demo data (src/demo/cities.ts) and other major cities, in English and Japanese. Event.city is free text
// as recorded; a city filter matches events whose recorded city has the key (cityKeyOf) of one of the
// city's spellings, in any state — `states` says where a city of that name is, so that a name found in
// several states ("Portland": Oregon, Maine) can be asked back with the state. Washington is not here: the
// capital is the DC filter, and "Washington" alone is asked back (state or D.C.) by the parser.
import { z } from 'zod'
import { cityKeyOf } from './text-keys.ts'

export interface City {
  /** Stable id: the English name, lower-case kebab ("new-york", "st-louis"). */
  id: string
  en: string
  ja: string
  /** USPS codes of the states with a city of this name in this list (one, or several for a shared name). */
  states: readonly string[]
  /** Other spellings (English or Japanese). */
  aliases: readonly string[]
}

type Row = readonly [en: string, ja: string, states: string, aliases?: readonly string[]]

// states: space-separated USPS codes
const ROWS: readonly Row[] = [
  ['Albany', 'オールバニ', 'NY', ['オルバニー']],
  ['Albuquerque', 'アルバカーキ', 'NM'],
  ['Anchorage', 'アンカレジ', 'AK', ['アンカレッジ']],
  ['Ann Arbor', 'アナーバー', 'MI'],
  ['Arlington', 'アーリントン', 'TX VA'],
  ['Atlanta', 'アトランタ', 'GA'],
  ['Austin', 'オースティン', 'TX', ['オースチン']],
  ['Baltimore', 'ボルチモア', 'MD', ['ボルティモア']],
  ['Baton Rouge', 'バトンルージュ', 'LA'],
  ['Bellevue', 'ベルビュー', 'WA'],
  ['Berkeley', 'バークレー', 'CA'],
  ['Billings', 'ビリングス', 'MT'],
  ['Birmingham', 'バーミングハム', 'AL'],
  ['Bismarck', 'ビスマーク', 'ND'],
  ['Boise', 'ボイシ', 'ID'],
  ['Boston', 'ボストン', 'MA'],
  ['Buffalo', 'バッファロー', 'NY'],
  ['Burlington', 'バーリントン', 'VT'],
  ['Cambridge', 'ケンブリッジ', 'MA'],
  ['Casper', 'キャスパー', 'WY'],
  ['Charleston', 'チャールストン', 'WV SC'],
  ['Charlotte', 'シャーロット', 'NC'],
  ['Chattanooga', 'チャタヌーガ', 'TN'],
  ['Cheyenne', 'シャイアン', 'WY'],
  ['Chicago', 'シカゴ', 'IL', ['Windy City']],
  ['Cincinnati', 'シンシナティ', 'OH', ['シンシナティー']],
  ['Cleveland', 'クリーブランド', 'OH', ['クリーヴランド']],
  ["Coeur d'Alene", 'コーダレーン', 'ID'],
  ['Colorado Springs', 'コロラドスプリングス', 'CO'],
  ['Columbia', 'コロンビア', 'SC MO'],
  ['Columbus', 'コロンバス', 'OH GA'],
  ['Concord', 'コンコード', 'NH'],
  ['Dallas', 'ダラス', 'TX'],
  ['Denver', 'デンバー', 'CO'],
  ['Des Moines', 'デモイン', 'IA'],
  ['Detroit', 'デトロイト', 'MI', ['Motor City', 'モーターシティ']],
  ['Durham', 'ダーラム', 'NC'],
  ['El Paso', 'エルパソ', 'TX'],
  ['Fairbanks', 'フェアバンクス', 'AK'],
  ['Fargo', 'ファーゴ', 'ND'],
  ['Fort Lee', 'フォートリー', 'NJ'],
  ['Fort Worth', 'フォートワース', 'TX'],
  ['Fresno', 'フレズノ', 'CA'],
  ['Grand Rapids', 'グランドラピッズ', 'MI'],
  ['Greenville', 'グリーンビル', 'SC'],
  ['Hartford', 'ハートフォード', 'CT'],
  ['Helena', 'ヘレナ', 'MT'],
  ['Hilo', 'ヒロ', 'HI'],
  ['Honolulu', 'ホノルル', 'HI'],
  ['Houston', 'ヒューストン', 'TX'],
  ['Huntsville', 'ハンツビル', 'AL'],
  ['Indianapolis', 'インディアナポリス', 'IN'],
  ['Irvine', 'アーバイン', 'CA'],
  ['Jackson', 'ジャクソン', 'MS'],
  ['Jacksonville', 'ジャクソンビル', 'FL'],
  ['Juneau', 'ジュノー', 'AK'],
  ['Kansas City', 'カンザスシティ', 'MO KS', ['カンザスシティー']],
  ['Knoxville', 'ノックスビル', 'TN'],
  ['Lafayette', 'ラファイエット', 'IN LA'],
  ['Las Vegas', 'ラスベガス', 'NV'],
  ['Lexington', 'レキシントン', 'KY'],
  ['Lincoln', 'リンカーン', 'NE'],
  ['Little Rock', 'リトルロック', 'AR'],
  ['Long Beach', 'ロングビーチ', 'CA'],
  ['Los Angeles', 'ロサンゼルス', 'CA', ['ロサンジェルス']],
  ['Louisville', 'ルイビル', 'KY'],
  ['Madison', 'マディソン', 'WI'],
  ['Memphis', 'メンフィス', 'TN'],
  ['Miami', 'マイアミ', 'FL'],
  ['Milwaukee', 'ミルウォーキー', 'WI'],
  ['Minneapolis', 'ミネアポリス', 'MN'],
  ['Montpelier', 'モントピリア', 'VT'],
  ['Nashville', 'ナッシュビル', 'TN', ['ナッシュヴィル']],
  ['New Haven', 'ニューヘイブン', 'CT', ['ニューヘブン']],
  ['New Orleans', 'ニューオーリンズ', 'LA'],
  ['New York', 'ニューヨーク', 'NY', ['New York City', 'NYC', 'ニューヨークシティ']],
  ['Newark', 'ニューアーク', 'NJ'],
  ['Norfolk', 'ノーフォーク', 'VA'],
  ['Oakland', 'オークランド', 'CA'],
  ['Oklahoma City', 'オクラホマシティ', 'OK', ['オクラホマシティー']],
  ['Omaha', 'オマハ', 'NE'],
  ['Orlando', 'オーランド', 'FL'],
  ['Palo Alto', 'パロアルト', 'CA'],
  ['Pasadena', 'パサデナ', 'CA'],
  ['Philadelphia', 'フィラデルフィア', 'PA'],
  ['Phoenix', 'フェニックス', 'AZ'],
  ['Pierre', 'ピア', 'SD'],
  ['Pittsburgh', 'ピッツバーグ', 'PA'],
  ['Portland', 'ポートランド', 'OR ME'],
  ['Portsmouth', 'ポーツマス', 'NH'],
  ['Princeton', 'プリンストン', 'NJ'],
  ['Providence', 'プロビデンス', 'RI'],
  ['Raleigh', 'ローリー', 'NC'],
  ['Reno', 'リノ', 'NV'],
  ['Richmond', 'リッチモンド', 'VA'],
  ['Rochester', 'ロチェスター', 'NY MN'],
  ['Sacramento', 'サクラメント', 'CA'],
  ['Saint Paul', 'セントポール', 'MN', ['St. Paul', 'St Paul']],
  ['Salem', 'セーラム', 'OR'],
  ['Salt Lake City', 'ソルトレークシティ', 'UT', ['ソルトレイクシティ']],
  ['San Antonio', 'サンアントニオ', 'TX'],
  ['San Diego', 'サンディエゴ', 'CA'],
  ['San Francisco', 'サンフランシスコ', 'CA'],
  ['San Jose', 'サンノゼ', 'CA'],
  ['Santa Fe', 'サンタフェ', 'NM'],
  ['Savannah', 'サバンナ', 'GA'],
  ['Scottsdale', 'スコッツデール', 'AZ'],
  ['Seattle', 'シアトル', 'WA'],
  ['Sioux Falls', 'スーフォールズ', 'SD'],
  ['Spokane', 'スポケーン', 'WA'],
  ['Springfield', 'スプリングフィールド', 'IL MA MO'],
  ['St. Louis', 'セントルイス', 'MO', ['Saint Louis', 'St Louis']],
  ['Stamford', 'スタンフォード', 'CT'],
  ['Syracuse', 'シラキュース', 'NY'],
  ['Tacoma', 'タコマ', 'WA'],
  ['Tampa', 'タンパ', 'FL'],
  ['Topeka', 'トピカ', 'KS'],
  ['Torrance', 'トーランス', 'CA'],
  ['Tucson', 'ツーソン', 'AZ'],
  ['Tulsa', 'タルサ', 'OK'],
  ['Wichita', 'ウィチタ', 'KS'],
  ['Wilmington', 'ウィルミントン', 'DE NC'],
  ['Worcester', 'ウースター', 'MA'],
]

const idOf = (en: string): string =>
  en
    .toLowerCase()
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

export const CITIES: readonly City[] = ROWS.map(([en, ja, states, aliases = []]) => ({ id: idOf(en), en, ja, states: states.split(' '), aliases }))

const CITY_IDS = CITIES.map((c) => c.id) as [string, ...string[]]
/** A city of the reference list, by id. */
export const cityIdSchema = z.enum(CITY_IDS)
export type CityId = z.infer<typeof cityIdSchema>

const BY_ID = new Map(CITIES.map((c) => [c.id, c]))

/** The city with this id; throws RangeError for an id not in the list. */
export function cityById(id: string): City {
  const c = BY_ID.get(id)
  if (c === undefined) throw new RangeError(`unknown city: ${id}`)
  return c
}

/** The keys (cityKeyOf) of every spelling of a city: what Event.cityKey is compared with. */
export function cityKeys(id: string): string[] {
  const c = cityById(id)
  return [...new Set([c.en, c.ja, ...c.aliases].map(cityKeyOf).filter((k) => k !== ''))]
}

/** Each key of a reference city's spellings, to the city's id (the first city listed wins a shared key). */
const ID_OF_KEY: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>()
  for (const c of CITIES) for (const k of cityKeys(c.id)) if (!out.has(k)) out.set(k, c.id)
  return out
})()

/** The prefix of a group key for a city that is not in the reference list ('~' and its cityKey). */
export const OTHER_CITY_PREFIX = '~'

/**
 * The group of a recorded city, from its key (Event.cityKey): the id of the reference city spelt so, or
 * OTHER_CITY_PREFIX + the key for any other city (one group per spelling, case and width aside); undefined
 * for an event with no city. Used to count distinct cities and to break figures down by city.
 */
export function cityGroupKey(cityKey: string): string | undefined {
  if (cityKey === '') return undefined
  return ID_OF_KEY.get(cityKey) ?? `${OTHER_CITY_PREFIX}${cityKey}`
}

/** A reference city by id, or undefined. */
export function findCity(id: string): City | undefined {
  return BY_ID.get(id)
}
