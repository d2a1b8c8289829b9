// Several offices named by their cities with one office word after the last — "the LA, SF, Seattle and Portland
// consulates", "Chicago and Houston offices" — are those offices: the plural noun is the list's, and "LA" or "NY"
// inside such a list is the consulate (an office word says so), never Louisiana or the state of New York.
import { OFFICES } from '../../domain/offices.ts'
import { asciiLower, type Scan } from './scan.ts'

/** A city (or its usual short form) of each consulate or consular office, lower case, to its office code. */
const CITY_TO_OFFICE: ReadonlyMap<string, string> = new Map(
  OFFICES.filter((o) => o.kind !== 'embassy').flatMap((o) => {
    const names = [asciiLower(o.shortEn), ...o.aliases.filter((a) => /^[A-Za-z][A-Za-z .]*$/.test(a) && !/consulate|office/i.test(a)).map(asciiLower)]
    if (o.code === 'los-angeles') names.push('la', 'l.a.')
    if (o.code === 'new-york') names.push('ny', 'n.y.')
    return names.map((n): [string, string] => [n, o.code])
  }),
)

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NAME = `(?:${[...CITY_TO_OFFICE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`
const SEP = String.raw`(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*\/\s*)(?:the\s+)?`
const OFFICE_LIST = new RegExp(
  String.raw`(?<![a-z])(${NAME}(?:${SEP}${NAME})+)\s+(?:consulates(?:[- ]general)?|consular offices|offices|cgs)(?![a-z])` +
    // "the West Coast consulates (LA, SF, Seattle, Portland)": the list in brackets after the office word
    String.raw`|(?<=(?:consulates(?:[- ]general)?|consular offices|offices|cgs)\s*)[(]\s*(${NAME}(?:${SEP}${NAME})+)\s*[)]`,
  'g',
)

/**
 * The offices of every such list in the question, their words consumed. Returns office codes in the order named;
 * a name that is no office's (none: the pattern only matches known names) is never guessed.
 */
export function takeOfficeLists(scan: Scan): string[] {
  const codes: string[] = []
  for (const m of scan.take(OFFICE_LIST)) {
    const list = m.groups[0] ?? m.groups[1] ?? ''
    for (const name of list.split(new RegExp(SEP, 'g'))) {
      const code = CITY_TO_OFFICE.get(name.trim())
      if (code !== undefined) codes.push(code)
    }
  }
  return codes
}
