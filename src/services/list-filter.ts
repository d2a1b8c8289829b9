// `/grassroots list [fy 2022] [office chicago] [state WI] [mine]`: the words after "list" as a filter.
// Keywords may be left out when a word is unambiguous on its own (2022年度, シカゴ総, Wisconsin), and
// multi-word names work ("office new york", "state new mexico").
import { z } from 'zod'
import { parseFiscalYear } from '../domain/fiscal-year.ts'
import { findOffice } from '../domain/offices.ts'
import { findState } from '../domain/states.ts'

export const listFilterSchema = z.object({
  fiscalYears: z.array(z.number().int()).optional(),
  officeCodes: z.array(z.string()).optional(),
  stateCodes: z.array(z.string()).optional(),
  mine: z.boolean().optional(),
})
export type ListFilter = z.infer<typeof listFilterSchema>

const KEYWORDS: Record<string, 'fy' | 'office' | 'state' | 'mine'> = {
  fy: 'fy',
  year: 'fy',
  年度: 'fy',
  office: 'office',
  公館: 'office',
  state: 'state',
  州: 'state',
  mine: 'mine',
  自分: 'mine',
}

function add<T>(list: T[] | undefined, value: T): T[] {
  return list?.includes(value) ? list : [...(list ?? []), value]
}

/** The filter, and the words it could not place (shown back to the user). */
export function parseListFilter(text: string): { filter: ListFilter; unknown: string[] } {
  const words = text.normalize('NFKC').trim().split(/\s+/u).filter((w) => w !== '')
  const filter: ListFilter = {}
  const unknown: string[] = []
  let i = 0
  while (i < words.length) {
    const word = words[i] ?? ''
    const keyword = KEYWORDS[word.toLowerCase()]
    if (keyword === 'mine') {
      filter.mine = true
      i += 1
      continue
    }
    // the value runs to the next keyword; try the longest run that names something
    const start = keyword === undefined ? i : i + 1
    let end = start
    while (end < words.length && KEYWORDS[(words[end] ?? '').toLowerCase()] === undefined) end += 1
    let matched = 0
    for (let j = end; j > start && matched === 0; j--) {
      const value = words.slice(start, j).join(' ')
      const fy =
        keyword === 'fy' ? parseFiscalYear(value) ?? parseFiscalYear(`FY${value}`) : keyword === undefined ? parseFiscalYear(value) : undefined
      const office = keyword === 'office' || keyword === undefined ? findOffice(value) : undefined
      const state = keyword === 'state' || keyword === undefined ? findState(value) : undefined
      if (fy !== undefined) filter.fiscalYears = add(filter.fiscalYears, fy)
      else if (state !== undefined && keyword === 'state') filter.stateCodes = add(filter.stateCodes, state.code)
      else if (office !== undefined) filter.officeCodes = add(filter.officeCodes, office.code)
      else if (state !== undefined) filter.stateCodes = add(filter.stateCodes, state.code)
      else continue
      matched = j - start
    }
    if (matched === 0) {
      unknown.push(words.slice(i, Math.max(end, i + 1)).join(' '))
      i = Math.max(end, i + 1)
    } else {
      i = start + matched
    }
  }
  return { filter, unknown }
}
