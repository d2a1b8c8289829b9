// Reads a text file the way people hand them to us: UTF-8 with or without a byte-order mark, or Shift_JIS
// as Excel in Japan saves "CSV". A file that is not UTF-8 is never guessed at silently.
import fs from 'node:fs'
import iconv from 'iconv-lite'
import { AppError } from '../errors.ts'

export type Encoding = 'utf-8' | 'shift_jis'

export function decodeText(bytes: Uint8Array, options: { file: string; encoding?: Encoding }): string {
  if (options.encoding === 'shift_jis') return iconv.decode(Buffer.from(bytes), 'cp932')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw notUtf8(bytes, options.file)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
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

/** Shift_JIS text decodes without replacement characters and is mostly kana/kanji where it is not ASCII. */
function looksLikeShiftJis(bytes: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(bytes), 'cp932')
  if (text.includes('\uFFFD')) return false
  const nonAscii = [...text].filter((c) => c.charCodeAt(0) > 0x7f)
  if (nonAscii.length === 0) return false
  const japanese = nonAscii.filter((c) => /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(c))
  return japanese.length / nonAscii.length > 0.9
}

function notUtf8(bytes: Uint8Array, file: string): AppError {
  if (looksLikeShiftJis(bytes)) return new AppError('file_not_utf8_sjis', { file })
  return new AppError('file_not_utf8', { file, offset: firstInvalidUtf8Offset(bytes) })
}

export function readTextFile(file: string, encoding?: Encoding): string {
  return readTextBytes(file, encoding).text
}

/** The decoded text and the bytes it came from (for a checksum of the file as given). */
export function readTextBytes(file: string, encoding?: Encoding): { text: string; bytes: Uint8Array } {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR') throw new AppError('file_not_found', { file })
    throw e
  }
  return { text: decodeText(bytes, encoding === undefined ? { file } : { file, encoding }), bytes }
}
