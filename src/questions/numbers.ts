// Text tables of the answers. Figures are written by the one formatting module (i18n/format.ts); its number
// helpers are re-exported here for the intent modules, which write their figures through this module.
import { formatNumber } from '../i18n/format.ts'

export { formatJaCount, formatNumber } from '../i18n/format.ts'

/** Columns of a text table: full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1
  }
  return w
}

/** A compact two-column text table: labels left, figures right-aligned. */
export function textTable(rows: ReadonlyArray<readonly [string, string]>): string {
  const lw = Math.max(0, ...rows.map(([l]) => displayWidth(l)))
  const vw = Math.max(0, ...rows.map(([, v]) => displayWidth(v)))
  return rows.map(([l, v]) => `${l}${' '.repeat(lw - displayWidth(l))}  ${' '.repeat(vw - displayWidth(v))}${v}`).join('\n')
}

/**
 * Japanese yen as the bureau writes a budget: from 1億 on 約X.XX億円 (three significant figures), from 1万
 * on 約X万円 (whole 万), below that exact: 208000000 → '約2.08億円', 12345678 → '約1,235万円', 5000 → '5,000円'.
 * '約' is left out when the rounded figure is exact (200000000 → '2億円').
 */
export function formatYenJa(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 100_000_000) {
    const oku = n / 100_000_000
    const digits = abs >= 10_000_000_000 ? 0 : abs >= 1_000_000_000 ? 1 : 2
    const rounded = Number(oku.toFixed(digits))
    const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(rounded)
    return `${Math.round(rounded * 100_000_000) === n ? '' : '約'}${text}億円`
  }
  if (abs >= 10_000) {
    const man = Math.round(n / 10_000)
    return `${man * 10_000 === n ? '' : '約'}${formatNumber(man)}万円`
  }
  return `${formatNumber(n)}円`
}

/** Exact yen in English: 208000000 → '¥208,000,000'. */
export function formatYenEn(n: number): string {
  return `¥${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n)}`
}

/** Yen in 万円 as a spending figure is written: 129600000 → '約12,960万円' ('約' unless exact), below 1万 exact: 5000 → '5,000円'. */
export function formatYenManJa(n: number): string {
  if (Math.abs(n) < 10_000) return `${formatNumber(n)}円`
  const man = Math.round(n / 10_000)
  return `${man * 10_000 === n ? '' : '約'}${formatNumber(man)}万円`
}
