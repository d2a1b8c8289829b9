// Partner organisations the bureau works with again and again, by the name events record them under (the
// key, as staff type it in the form's partner field) and the names managers use for them in either language.
// A question naming one ("JNTO partnered events", 「国際交流基金との共催」) filters on the key; a key that is a
// family of names ("Japan-America Society" of each state, each state's "Department of Commerce") matches
// every member, since a partner filter matches a run of whole words of a partner's name (text-keys.ts).
// Reference data: an organisation missing here is still found after a partner cue ("partnered with X").

import { partnerKey } from './partners.ts'

/** One organisation: `key` is what a partner filter looks for; `names` are the ways a question names it. */
export interface KnownPartner {
  readonly key: string
  readonly names: readonly string[]
}

export const KNOWN_PARTNERS: readonly KnownPartner[] = [
  { key: 'JETRO', names: ['JETRO', 'ジェトロ', '日本貿易振興機構', 'Japan External Trade Organization'] },
  { key: 'JNTO', names: ['JNTO', '日本政府観光局', '国際観光振興機構', 'Japan National Tourism Organization'] },
  { key: 'Japan Foundation', names: ['Japan Foundation', '国際交流基金', 'ジャパンファウンデーション'] },
  { key: 'JICA', names: ['JICA', 'ジャイカ', '国際協力機構', 'Japan International Cooperation Agency'] },
  {
    key: 'Japan-America Society',
    names: ['Japan-America Society', 'Japan-America Societies', 'Japan America Society', 'Japan America Societies', '日米協会', '日米協会連合'],
  },
  {
    key: 'Department of Commerce',
    names: [
      'Department of Commerce',
      'Departments of Commerce',
      'state Department of Commerce',
      'state Departments of Commerce',
      'state commerce department',
      'state commerce departments',
      'commerce department',
      'commerce departments',
      '州政府の商務局',
      '州政府商務局',
      '州商務局',
      '州の商務局',
      '商務局',
    ],
  },
]

/** The key of a partner named in either language (compared by partnerKey: case and width aside), or the name itself when unknown. */
export function knownPartnerKey(name: string): string {
  const key = partnerKey(name)
  return KNOWN_PARTNERS.find((p) => p.names.some((n) => partnerKey(n) === key))?.key ?? name.trim()
}

/** The Japanese name of a known partner's key (the first name in Japanese), or undefined. */
export function knownPartnerJa(key: string): string | undefined {
  return KNOWN_PARTNERS.find((p) => p.key === key)?.names.find((n) => /[^\x00-\x7f]/.test(n))
}
