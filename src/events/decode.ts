// Reads a text file the way people hand them to us: UTF-8 with or without a byte-order mark (Excel's
// "CSV UTF-8"), or Windows-31J (CP932), the Shift_JIS that Excel in Japan writes as plain "CSV". Windows-31J is
// read only when the bytes are not UTF-8, a detection library says Shift_JIS, and every byte decodes to a
// standard character; the caller announces it. A decode that would garble the text is refused, never guessed at.
import fs from 'node:fs'
import encodingJapanese from 'encoding-japanese'
import iconv from 'iconv-lite'
import { AppError } from '../errors.ts'

/** `shift_jis` is read as Windows-31J (CP932): plain Shift_JIS plus the NEC and IBM extensions (①, ㈱, 髙, 﨑). */
export type Encoding = 'utf-8' | 'shift_jis'

export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string
  /** How the bytes were read. */
  encoding: Encoding
  /** True when Shift_JIS was chosen by detection rather than asked for: the user should be told. */
  detected: boolean
}

const REPLACEMENT = '\uFFFD'
/**
 * What a Windows-31J decode gives for bytes that stand for no standard character: U+FFFD, a C1 control (the
 * lone byte 0x80) or a private-use code point (the user-defined 外字 area F040–F9FC, and 0xA0, 0xFD–0xFF).
 * Latin-1 or damaged UTF-8 often passes the detector's byte-range check and decodes to exactly these.
 */
const NO_CHARACTER = /[\uFFFD\u0080-\u009F\uE000-\uF8FF]/

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function cp932(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp932')
}

/**
 * Decodes a file's bytes. `encoding` forces one reading: `utf-8` strictly; `shift_jis` as Windows-31J, refused
 * when the bytes are UTF-8 with any non-ASCII character (the file is UTF-8: a Shift_JIS reading garbles it) or
 * when a byte is no standard Windows-31J character. Without it: UTF-8, else Windows-31J when detected and clean.
 * Throws AppError `file_not_utf8` {file, offset} (forced UTF-8), `file_not_utf8_nor_sjis` {file, offset},
 * `file_is_utf8` {file, damaged: 'yes'|'no'} or `file_not_sjis` {file, line}; offsets count bytes from 0.
 */
export function decodeText(bytes: Uint8Array, options: { file: string; encoding?: Encoding }): DecodedText {
  const utf8 = strictUtf8(bytes)
  if (options.encoding === 'shift_jis') {
    // pure ASCII reads the same either way; any other UTF-8 would come out as mojibake
    if (utf8 !== undefined && !isAscii(bytes)) {
      throw new AppError('file_is_utf8', { file: options.file, damaged: utf8.includes(REPLACEMENT) ? 'yes' : 'no' })
    }
    const text = cp932(bytes)
    const bad = text.search(NO_CHARACTER)
    if (bad >= 0) throw new AppError('file_not_sjis', { file: options.file, line: lineAt(text, bad) })
    return { text, encoding: 'shift_jis', detected: false }
  }
  if (utf8 !== undefined) return { text: withoutBom(utf8), encoding: 'utf-8', detected: false }
  if (options.encoding === 'utf-8') throw new AppError('file_not_utf8', { file: options.file, offset: firstInvalidUtf8Offset(bytes) })
  if (encodingJapanese.detect(bytes, ['UTF8', 'SJIS']) === 'SJIS') {
    const text = cp932(bytes)
    if (!NO_CHARACTER.test(text)) return { text, encoding: 'shift_jis', detected: true }
  }
  throw new AppError('file_not_utf8_nor_sjis', { file: options.file, offset: firstInvalidUtf8Offset(bytes) })
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false
  return true
}

/** 1-based line of a character index, counting CRLF, CR and LF as one line break each. */
function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // binary search on the longest prefix that is valid or ends in an incomplete character (streaming decode);
  // a fresh decoder each time, since a streaming decoder keeps the unfinished bytes of the previous call
  let lo = 0
  let hi = bytes.length
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2)
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid - 1
    }
  }
  // that prefix may end in the first bytes of the ill-formed sequence: report where that sequence starts
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo))
  } catch {
    while (lo > 0 && ((bytes[lo - 1] ?? 0) & 0xc0) === 0x80) lo--
    lo = Math.max(0, lo - 1)
  }
  return lo
}

/** The decoded text of a file (see decodeText). Throws AppError `file_not_found` and decodeText's errors. */
export function readTextFile(file: string, encoding?: Encoding): string {
  return readTextBytes(file, encoding).text
}

/** The decoded file (see decodeText) and the bytes it came from (for a checksum of the file as given). */
export function readTextBytes(file: string, encoding?: Encoding): DecodedText & { bytes: Uint8Array } {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR') throw new AppError('file_not_found', { file })
    throw e
  }
  return { ...decodeText(bytes, encoding === undefined ? { file } : { file, encoding }), bytes }
}
