// `grassroots best-practice-categories list|set|remove`: the headings under which the fiscal-year report groups
// its best practices (代表的な案件（ベストプラクティス）), edited by an administrator. Values are validated with
// the domain's zod schema; a category in use by events is never removed.
import { z } from 'zod'
import {
  bestPracticeCategoryInputSchema,
  CATEGORY_NAME_MAX,
  CATEGORY_ORDER_MAX,
} from '../../domain/best-practice-category.ts'
import { AppError } from '../../errors.ts'
import { languageName } from '../../i18n/format.ts'
import { t, type Lang } from '../../i18n/index.ts'
import { LANGS, NAME_FIELD, type Localized } from '../../i18n/lang.ts'

/** How the problems of one category are joined in a message. */
export const PROBLEM_SEPARATOR = { en: '; ', ja: '。' } as const satisfies Localized<string>
import { categoryUse, listCategories, removeCategory, setCategory } from '../../store/best-practice-categories.ts'
import { openStore } from '../../store/client.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const bestPracticeCategoriesHelp = `Usage: grassroots best-practice-categories list
       grassroots best-practice-categories set --code CODE [--ja NAME] [--en NAME] [--order N]
       grassroots best-practice-categories remove --code CODE

The categories under which the fiscal-year report groups its best practices, in their order:
（１）総領事館が所在しない地域での事業, （２）行動計画2.0を踏まえた事業 … An event names its category in the
Slack form (with the best-practice box) or in the CSV column best_practice_category (by code).

  list      every category: order, code, names, and how many events use it
  set       adds a category (--ja and --en required), or changes the names or order of one
  remove    removes a category; refused while events use it (the message says how many)

Options:
  --code CODE   1–40 lower-case letters, digits, - or _ (e.g. no-consulate)
  --ja NAME     the Japanese name (heading of the Japanese report), up to ${CATEGORY_NAME_MAX} characters
  --en NAME     the English name, up to ${CATEGORY_NAME_MAX} characters
  --order N     display order, 0 to ${CATEGORY_ORDER_MAX}, smallest first (a new category without it goes last)
  -h, --help    show this help`

/** The problems of a category's values, in the user's language, for bp_category_invalid. */
function problemsOf(error: z.ZodError, values: Record<string, unknown>, lang: Lang): string {
  const seen = new Set<string>()
  const out: string[] = []
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '')
    if (seen.has(field)) continue
    seen.add(field)
    if (field === 'code') out.push(t(lang, 'bp_category_code_invalid', { value: String(values.code ?? '') }))
    else if (field === 'sortOrder') out.push(t(lang, 'bp_category_order_invalid', { value: String(values.orderText ?? ''), max: CATEGORY_ORDER_MAX }))
    else out.push(t(lang, 'bp_category_name_invalid', { lang: languageName(LANGS.find((l) => NAME_FIELD[l] === field) ?? LANGS[0], lang), max: CATEGORY_NAME_MAX }))
  }
  return out.join(PROBLEM_SEPARATOR[lang])
}

/** `--order` as typed: a whole number (full-width digits accepted), or NaN so that the schema names it. */
const orderOf = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : /^\d+$/.test(text.normalize('NFKC').trim()) ? Number(text.normalize('NFKC').trim()) : Number.NaN

/** `grassroots best-practice-categories list|set|remove`: exit 0 done, 1 bad value or refused, 2 usage. */
export async function runBestPracticeCategories(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    code: { type: 'string' },
    ja: { type: 'string' },
    en: { type: 'string' },
    order: { type: 'string' },
  })
  if (values.help) {
    ctx.io.out(bestPracticeCategoriesHelp)
    return EXIT.ok
  }
  const [action, ...extra] = positionals
  if (action !== 'list' && action !== 'set' && action !== 'remove') {
    throw new UsageError(action === undefined ? 'say list, set or remove' : `unknown action ${action}: say list, set or remove`)
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`)
  const given = (['code', 'ja', 'en', 'order'] as const).filter((k) => values[k] !== undefined)
  if (action === 'list' && given.length > 0) throw new UsageError('list takes no options')
  if (action === 'remove' && given.some((k) => k !== 'code')) throw new UsageError('remove takes only --code')
  if (action !== 'list' && values.code === undefined) throw new UsageError('--code is required')
  const code = values.code?.normalize('NFKC').trim() ?? ''

  const store = await openStore({ url: ctx.config.databaseUrl })
  try {
    const db = store.db
    if (action === 'list') {
      const [categories, use] = await Promise.all([listCategories(db), categoryUse(db)])
      if (categories.length === 0) ctx.io.out(t(ctx.lang, 'bp_category_list_empty'))
      for (const c of categories) {
        ctx.io.out(t(ctx.lang, 'bp_category_list_row', { order: c.sortOrder, code: c.code, nameJa: c.nameJa, nameEn: c.nameEn, events: use.get(c.code) ?? 0 }))
      }
      return EXIT.ok
    }
    if (action === 'remove') {
      if (!bestPracticeCategoryInputSchema.shape.code.safeParse(code).success) {
        throw new AppError('bp_category_invalid', { problems: t(ctx.lang, 'bp_category_code_invalid', { value: code }) })
      }
      const outcome = await removeCategory(db, code)
      if (outcome.kind === 'missing') throw new AppError('bp_category_missing', { code })
      if (outcome.kind === 'in_use') throw new AppError('bp_category_in_use', { code, events: outcome.events })
      ctx.io.out(t(ctx.lang, 'bp_category_removed', { code, nameJa: outcome.category.nameJa, nameEn: outcome.category.nameEn }))
      return EXIT.ok
    }
    // set: a new category needs both names; an existing one keeps what is not given
    const existing = (await listCategories(db)).find((c) => c.code === code)
    if (existing === undefined && (values.ja === undefined || values.en === undefined)) {
      if (bestPracticeCategoryInputSchema.shape.code.safeParse(code).success) throw new AppError('bp_category_names_required', { code })
    }
    const order = orderOf(values.order)
    const candidate = {
      code,
      nameJa: values.ja ?? existing?.nameJa ?? '',
      nameEn: values.en ?? existing?.nameEn ?? '',
      sortOrder: order ?? existing?.sortOrder ?? 0,
    }
    const parsed = bestPracticeCategoryInputSchema.safeParse(candidate)
    if (!parsed.success) {
      throw new AppError('bp_category_invalid', { problems: problemsOf(parsed.error, { ...candidate, orderText: values.order }, ctx.lang) })
    }
    const { category, created } = await setCategory(db, {
      ...parsed.data,
      ...(order === undefined && existing === undefined ? { sortOrder: undefined } : {}),
      actor: ctx.actor,
    })
    ctx.io.out(t(ctx.lang, created ? 'bp_category_set_created' : 'bp_category_set_updated', { code: category.code, nameJa: category.nameJa, nameEn: category.nameEn, order: category.sortOrder }))
    return EXIT.ok
  } finally {
    await store.close()
  }
}
