// Calendar dates as people type them in Japanese spreadsheets, read into ISO dates (YYYY-MM-DD). Only forms
// that name one day unambiguously are read: year first (2022/5/1, 2022年5月1日), or an era year (令和4年5月1日,
// R4.5.1). Month-first and day-first forms (5/1/2022) are refused: the two orders give different days.
import { ERAS, isValidIsoDate } from './fiscal-year.ts'
import { normalizeText } from './text.ts'

/** The accepted forms, as examples for messages (one list for every language). */
export const DATE_FORM_EXAMPLES = ['2022-05-01', '2022/5/1', '2022/05/01', '2022年5月1日', '令和4年5月1日', 'R4.5.1'] as const

export type DateTextResult =
  | { ok: true; iso: string }
  /** format: not a form read here; no_such_day: a form read here, naming no day (2022/2/30, 令和1年4月1日). */
  | { ok: false; reason: 'format' | 'no_such_day' }
  /** A whole number Excel uses for a date cell formatted as a number; `serialIso` is the day it stands for. */
  | { ok: false; reason: 'serial'; serialIso: string }

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const SLASHES = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/
const KANJI = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/
const ERA_KANJI = /^(令和|平成|昭和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/
const ERA_LETTER = /^([RHS])(\d{1,2})\.(\d{1,2})\.(\d{1,2})$/i
/** Excel serial numbers of 1927-05-18 … 2173-10-13: five digits, what a date column shows once formatted as a number. */
const SERIAL = /^[1-9]\d{4}$/

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** The ISO date of an era date, or undefined when the era had not begun or had ended on that day. */
function fromEra(eraToken: string, eraYear: number, month: number, day: number): string | undefined {
  const index = ERAS.findIndex((e) => e.nameJa === eraToken || e.letter === eraToken.toUpperCase())
  const era = ERAS[index]
  if (era === undefined || eraYear < 1) return undefined
  const iso = ymd(era.offset + eraYear, month, day)
  if (!isValidIsoDate(iso) || iso < era.start) return undefined
  // ERAS is newest first: the era before it in the list began the day this one ended
  const next = ERAS[index - 1]
  return next !== undefined && iso >= next.start ? undefined : iso
}

/** 44682 → '2022-05-01'. Excel counts days from 1899-12-31 as day 1 and has a day 1900-02-29 that never was. */
function fromExcelSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Reads a date cell: `2022-05-01`, `2022/5/1`, `2022/05/01`, `2022年5月1日`, `令和4年5月1日` (元年 too) or
 * `R4.5.1` / `R04.05.01` (H and S for 平成 and 昭和), after NFKC (full-width digits, ㋿). Returns the ISO date,
 * or why it is not one; never throws. An era date must fall inside its era (令和1年4月30日 is refused).
 */
export function parseDateText(text: string): DateTextResult {
  const s = normalizeText(text)
  const western = ISO.exec(s) ?? SLASHES.exec(s) ?? KANJI.exec(s)
  if (western) {
    const iso = ymd(Number(western[1]), Number(western[2]), Number(western[3]))
    return isValidIsoDate(iso) ? { ok: true, iso } : { ok: false, reason: 'no_such_day' }
  }
  const era = ERA_KANJI.exec(s) ?? ERA_LETTER.exec(s)
  if (era) {
    const year = era[2] === '元' ? 1 : Number(era[2])
    const iso = fromEra(era[1] ?? '', year, Number(era[3]), Number(era[4]))
    return iso === undefined ? { ok: false, reason: 'no_such_day' } : { ok: true, iso }
  }
  if (SERIAL.test(s)) return { ok: false, reason: 'serial', serialIso: fromExcelSerial(Number(s)) }
  return { ok: false, reason: 'format' }
}
