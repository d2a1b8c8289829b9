// Text tables of the answers. Figures are written by the one formatting module (i18n/format.ts); its number
// helpers are re-exported here for the intent modules, which write their figures through this module.
export { formatJaCount, formatNumber, formatYenEn, formatYenJa, formatYenManJa } from '../i18n/format.ts'

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… (English ordinals; Japanese writes 第N位 / N番目). */
export function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

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
