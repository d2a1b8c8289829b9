// A question back for a negation whose scope is unclear (structure-filters.ts UnclearNegation). "excluding
// online and Texas events", 「テキサス州のオンライン事業以外」, "outside Chicago": rather than naming the negation
// word and giving nothing, the user is offered the readings that are queries — each an exact figure for that
// reading. A reading no query holds (every event except the online ones in Texas; outside the city of Chicago)
// is never offered in its place; when no reading is a query, the word stays named.
import { stateName } from '../../domain/states.ts'
import { officeName } from '../../domain/offices.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { REGIONS } from '../../domain/states.ts'
import type { Lang } from '../../i18n/types.ts'
import { nameIn } from '../../i18n/lang.ts'
import { querySchema, type ParseResult, type Query } from '../query.ts'
import type { Filters } from '../slots.ts'
import type { UnclearNegation } from './structure-filters.ts'

type Name = UnclearNegation['negated'][number]
type ListKey = 'states' | 'regions' | 'offices' | 'types' | 'themes' | 'formats'

/** A name as the options say it. */
function nameOf(n: Name, lang: Lang): string {
  switch (n.kind) {
    case 'states':
      return stateName(n.value, lang)
    case 'offices':
      return officeName(n.value, lang, 'text')
    case 'regions': {
      const r = REGIONS.find((x) => x.code === n.value)
      return r ? nameIn(r, lang) : n.value
    }
    case 'types':
    case 'themes':
    case 'formats': {
      const table = n.kind === 'types' ? ACTIVITY_TYPES : n.kind === 'themes' ? THEMES : FORMATS
      const e = table.find((x) => x.code === n.value)
      return e ? e[lang] : n.value
    }
    default:
      return n.value
  }
}

const NAMES: Record<Lang, (ns: readonly Name[]) => string> = {
  en: (ns) => ns.map((n) => nameOf(n, 'en')).join(' or '),
  ja: (ns) => ns.map((n) => nameOf(n, 'ja')).join('・'),
}

/** The filters with `n` no longer a positive filter (it must have been one) and added to the exclusions. */
function excluded(filters: Filters, ns: readonly Name[]): Filters | undefined {
  let out: Filters = { ...filters }
  for (const n of ns) {
    if (n.kind === 'bestPractice') return undefined
    const key = n.kind as ListKey
    const positive = (out[key] as readonly string[] | undefined) ?? []
    if (!positive.includes(n.value)) return undefined
    const rest = positive.filter((v) => v !== n.value)
    const { [key]: _gone, ...others } = out
    const exclude = { ...(out.exclude ?? {}) } as Record<ListKey, string[] | undefined>
    exclude[key] = [...(exclude[key] ?? []), n.value]
    out = { ...(others as Filters), ...(rest.length > 0 ? { [key]: rest } : {}), exclude: exclude as Filters['exclude'] }
  }
  return out
}

/** Whether the name is a positive filter of the query as read (the recognisers read every name as one). */
const held = (filters: Filters, n: Name | undefined): boolean => n !== undefined && n.kind !== 'bestPractice' && ((filters[n.kind as ListKey] as readonly string[] | undefined) ?? []).includes(n.value)

/**
 * The question back for the one unclear negation of a question whose only unused words are that negation's:
 * its readings that are queries, each labelled in both languages. Undefined otherwise (the refusal stands).
 * `decided` is the query read without the negation (every name a positive filter); `text` the question as read.
 */
export function askNegationScope(accounted: ParseResult, decided: ParseResult, unclear: readonly UnclearNegation[], text: string): ParseResult | undefined {
  if (accounted.kind !== 'unknown' || accounted.reason !== 'unused_words' || decided.kind !== 'query' || unclear.length !== 1) return undefined
  const u = unclear[0]!
  const cue = text.slice(u.cue.start, u.cue.end).toLowerCase()
  if (!(accounted.words ?? []).every((w: string) => cue.includes(w.trim().toLowerCase()))) return undefined
  const query = decided.query
  let filters = query.filters as Filters
  // "outside Chicago": the name was read as the city; the office's reading drops the city
  if (u.kind === 'place_office' && filters.city !== undefined && filters.offices === undefined) {
    const { city: _city, ...rest } = filters
    filters = { ...rest, offices: u.negated.map((n) => n.value) } as Filters
  }
  if (!u.negated.every((n) => held(filters, n))) return undefined
  const options: { label: { en: string; ja: string }; filters: Filters | undefined }[] = []
  const neg = { en: NAMES.en(u.negated), ja: NAMES.ja(u.negated) }
  if (u.kind === 'mixed' && held(filters, u.other)) {
    const other = { en: nameOf(u.other!, 'en'), ja: nameOf(u.other!, 'ja') }
    options.push({ label: { en: `Events neither ${neg.en} nor ${other.en}`, ja: `${neg.ja}でも${other.ja}でもない事業` }, filters: excluded(filters, [...u.negated, u.other!]) })
    options.push({ label: { en: `${other.en} events that are not ${neg.en}`, ja: `${other.ja}の事業のうち${neg.ja}以外` }, filters: excluded(filters, u.negated) })
  } else if (u.kind === 'post' && held(filters, u.other)) {
    const other = { en: nameOf(u.other!, 'en'), ja: nameOf(u.other!, 'ja') }
    options.push({ label: { en: `${other.en} events that are not ${neg.en}`, ja: `${other.ja}の事業のうち${neg.ja}以外` }, filters: excluded(filters, u.negated) })
  } else if (u.kind === 'place_office') {
    options.push({ label: { en: `Events not run by the ${neg.en} (any place)`, ja: `${neg.ja}以外の公館が実施した事業` }, filters: excluded(filters, u.negated) })
  }
  const valid = options.flatMap((o) => {
    if (o.filters === undefined) return []
    const parsed = querySchema.safeParse({ ...query, filters: o.filters })
    return parsed.success ? [{ label: o.label, query: parsed.data as Query }] : []
  })
  if (valid.length === 0) return undefined
  return { kind: 'clarify', options: valid }
}
