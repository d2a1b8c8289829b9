// What the ratio intents (share, median_participants, average_events) share: one-decimal division and the
// Japanese 割 reading of a percentage. Figures are rounded here only, half up, from exact integers.

/**
 * `numerator ÷ denominator`, one decimal, rounded half up; null when the denominator is 0. Integer
 * arithmetic first (numerator × 10 ÷ denominator), so that 12 ÷ 88 is 0.1 and never a float artefact.
 */
export function oneDecimal(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null
  return Math.round((numerator * 10) / denominator) / 10
}

/** `part` as a percentage of `whole`, one decimal (12 of 88 → 13.6); null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  return oneDecimal(part * 100, whole)
}

/**
 * A percentage read in 割 as a report writes it, after the percentage itself (「13.6%（約1割）」): whole 割
 * only, rounded to the nearest; 「5割」 when exact, 「1割未満」 under 5%, 「9割超」 from 95%, 「全数」 at 100%, nothing at 0%.
 */
export function wariJa(percent: number): string {
  if (percent === 0) return ''
  if (percent === 100) return '（全数）'
  if (percent < 5) return '（1割未満）'
  if (percent >= 95) return '（9割超）'
  const wari = Math.round(percent / 10)
  return percent % 10 === 0 ? `（${wari}割）` : `（約${wari}割）`
}
