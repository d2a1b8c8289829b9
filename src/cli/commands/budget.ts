import { fyLabel, parseFiscalYear } from '../../domain/fiscal-year.ts'
import { AppError } from '../../errors.ts'
import { t } from '../../i18n/index.ts'
import { formatYenEn, formatYenJa } from '../../i18n/format.ts'
import type { Localized } from '../../i18n/lang.ts'

/** A budget as the command writes it: in a list (Japanese: the bureau's reading, then the exact yen), and once recorded. */
export const BUDGET_AMOUNT = {
  en: { listed: (yen) => formatYenEn(yen), recorded: (yen) => formatYenEn(yen) },
  ja: { listed: (yen) => `${formatYenJa(yen)}（${formatYenEn(yen).slice(1)}円）`, recorded: (yen) => formatYenJa(yen) },
} as const satisfies Localized<Record<'listed' | 'recorded', (yen: number) => string>>
import { openStore } from '../../store/client.ts'
import { MAX_BUDGET_YEN, listBudgets, setBudget } from '../../store/budgets.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const budgetHelp = `Usage: grassroots budget set --fy YEAR --amount YEN [--note TEXT]
       grassroots budget list

Records the budget of a fiscal year (April–March) in yen, for "how much of this FY's budget
is spent?" / 「今年度の予算執行率は？」 and the fiscal-year report. Setting a year again
replaces its amount (and note).

Options:
  --fy YEAR      the fiscal year: 2023, FY2023, FY23, 2023年度, 令和5年度, R5
  --amount YEN   whole yen, 0 to ${MAX_BUDGET_YEN} (commas and a 円 sign are accepted: 208,000,000円)
  --note TEXT    where the figure comes from, e.g. 外務省予算
  -h, --help     show this help`

/** Whole yen from '208000000', '208,000,000', '２０８０００００００円', '¥208,000,000'; undefined when not an amount 0..MAX_BUDGET_YEN. */
export function parseYen(text: string): number | undefined {
  const s = text.normalize('NFKC').trim().replace(/^[¥￥]/, '').replace(/円$/, '').replace(/,/g, '')
  if (!/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return Number.isSafeInteger(n) && n <= MAX_BUDGET_YEN ? n : undefined
}

/** `grassroots budget set|list`: exit 0 done, 1 bad value (fiscal year, amount), 2 usage. */
export async function runBudget(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    fy: { type: 'string' },
    amount: { type: 'string' },
    note: { type: 'string' },
  })
  if (values.help) {
    ctx.io.out(budgetHelp)
    return EXIT.ok
  }
  const [action, ...extra] = positionals
  if (action !== 'set' && action !== 'list') throw new UsageError(action === undefined ? 'say set or list' : `unknown action ${action}: say set or list`)
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`)
  if (action === 'list') {
    if (values.fy !== undefined || values.amount !== undefined || values.note !== undefined) throw new UsageError('list takes no options')
    const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
    try {
      const rows = await listBudgets(store.db)
      if (rows.length === 0) ctx.io.out(t(ctx.lang, 'budget_list_empty'))
      for (const r of rows) {
        const amount = BUDGET_AMOUNT[ctx.lang].listed(r.amountYen)
        ctx.io.out(`${fyLabel(r.fiscalYear, ctx.lang)}\t${amount}${r.note ? `\t${r.note}` : ''}`)
      }
      return EXIT.ok
    } finally {
      await store.close()
    }
  }
  if (values.fy === undefined) throw new UsageError('--fy is required')
  if (values.amount === undefined) throw new UsageError('--amount is required')
  const fy = parseFiscalYear(values.fy)
  if (fy === undefined) throw new AppError('fy_invalid', { value: values.fy })
  const amount = parseYen(values.amount)
  if (amount === undefined) throw new AppError('budget_amount_invalid', { value: values.amount, max: MAX_BUDGET_YEN })
  const note = values.note?.trim() || null
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
  try {
    await setBudget(store.db, { fiscalYear: fy, amountYen: amount, note, actor: ctx.actor })
    const shown = BUDGET_AMOUNT[ctx.lang].recorded(amount)
    ctx.io.out(t(ctx.lang, 'budget_set_done', { fy: fyLabel(fy, ctx.lang), amount: shown, note: note ?? '' }))
    return EXIT.ok
  } finally {
    await store.close()
  }
}
