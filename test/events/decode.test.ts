import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText, type Encoding } from '../../src/events/decode.ts'
import { AppError } from '../../src/errors.ts'

function failure(bytes: Uint8Array, encoding?: Encoding): AppError {
  try {
    decodeText(bytes, encoding === undefined ? { file: 'f.csv' } : { file: 'f.csv', encoding })
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('decoded without an error')
}

const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))))

describe('decodeText', () => {
  it('strips a byte-order mark and keeps everything else', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a,b\r\n日本'), { file: 'f' })).toEqual({ text: 'a,b\r\n日本', encoding: 'utf-8', detected: false })
    expect(decodeText(bytes('a,b\n'), { file: 'f' })).toEqual({ text: 'a,b\n', encoding: 'utf-8', detected: false })
  })

  it.each([
    { name: 'Latin-1 é after ASCII', input: bytes('date,title\ncaf', [0xe9, 0x2c], 'x'), offset: 14 },
    { name: 'Latin-1 é after Japanese UTF-8', input: bytes('日本語のタイトル,東京\ncaf', [0xe9, 0x2c], 'x'), offset: Buffer.byteLength('日本語のタイトル,東京\ncaf') },
    { name: 'a lone continuation byte', input: bytes('é,', [0x80], 'x'), offset: 3 },
    { name: 'the first byte', input: bytes([0xff, 0xfe, 0x41]), offset: 0 },
    { name: 'a character cut short by ASCII', input: bytes('ab', [0xf0, 0x9f], 'c'), offset: 2 },
    { name: 'a character cut short by the end of the file', input: bytes('abc', [0xf0, 0x9f, 0x98]), offset: 3 },
  ])('gives the offset where the first ill-formed sequence starts: $name', ({ input, offset }) => {
    const e = failure(input)
    expect(e.key).toBe('file_not_utf8_nor_sjis')
    expect(e.params.offset).toBe(offset)
  })

  it('decodes a Shift_JIS (Windows-31J) file automatically, and says it detected it', () => {
    const text = 'title_ja\n日本食フェア、シカゴ１２０\n'
    expect(decodeText(iconv.encode(text, 'cp932'), { file: 'f' })).toEqual({ text, encoding: 'shift_jis', detected: true })
    expect(decodeText(iconv.encode(text, 'cp932'), { file: 'f', encoding: 'shift_jis' })).toEqual({ text, encoding: 'shift_jis', detected: false })
  })

  // bug: a CP932 file whose only Japanese is ①, ㈱, Ⅲ, ㎡, 髙 or 﨑 (NEC/IBM extensions, not kana or common kanji)
  // got the generic "not valid UTF-8" message
  it.each(['①', '㈱', 'Ⅲ', '㎡', '髙', '﨑', '①㈱Ⅲ㎡髙﨑'])('decodes a Windows-31J file whose only non-ASCII text is %s', (chars) => {
    const text = `title_en,city\r\nOffice ${chars},Chicago\r\n`
    expect(decodeText(iconv.encode(text, 'cp932'), { file: 'f' })).toEqual({ text, encoding: 'shift_jis', detected: true })
  })

  it('names both encodings it tried for bytes that are neither UTF-8 nor Shift_JIS', () => {
    const e = failure(bytes('a,b\ncaf', [0xe9, 0xff, 0x2c], 'x'))
    expect(e.key).toBe('file_not_utf8_nor_sjis')
    expect(e.params.offset).toBe(Buffer.byteLength('a,b\ncaf'))
  })

  it.each([
    { name: 'a lone 0x80 (a C1 control in CP932)', input: bytes('title\nx', [0x80], 'y\n') },
    { name: 'a user-defined character (外字, private use)', input: bytes('title\nx', [0xf0, 0x40], 'y\n') },
    { name: 'UTF-8 é cut short, then 0x80', input: bytes('é', [0x80]) },
  ])('does not take bytes that decode to no standard character for Shift_JIS: $name', ({ input }) => {
    expect(failure(input).key).toBe('file_not_utf8_nor_sjis')
    expect(failure(input, 'shift_jis')).toMatchObject({ key: 'file_not_sjis', params: { line: input.includes(0x0a) ? 2 : 1 } })
  })

  it('--encoding utf-8 reads UTF-8 only: a Shift_JIS file is refused, not detected', () => {
    expect(failure(iconv.encode('title_ja\n日本\n', 'cp932'), 'utf-8').key).toBe('file_not_utf8')
  })

  // bug: --encoding shift_jis on a UTF-8 file that already held mojibake (譌･邀ｳ…) and U+FFFD decoded it into
  // more mojibake, and the import wrote it
  it('refuses --encoding shift_jis on a file that is valid UTF-8', () => {
    const mojibake = iconv.decode(Buffer.from('日米交流フェア', 'utf8'), 'cp932') + '\uFFFD'
    expect(mojibake.startsWith('譌･邀ｳ')).toBe(true)
    const e = failure(Buffer.from(`title_ja\n${mojibake}\n`, 'utf8'), 'shift_jis')
    expect(e.key).toBe('file_is_utf8')
    expect(e.params.damaged).toBe('yes')
    const clean = failure(Buffer.from('title_ja\n日米交流フェア\n', 'utf8'), 'shift_jis')
    expect(clean.key).toBe('file_is_utf8')
    expect(clean.params.damaged).toBe('no')
  })

  it('accepts --encoding shift_jis on plain ASCII, which reads the same either way', () => {
    expect(decodeText(bytes('a,b\n1,2\n'), { file: 'f', encoding: 'shift_jis' })).toEqual({ text: 'a,b\n1,2\n', encoding: 'shift_jis', detected: false })
  })

  it('refuses --encoding shift_jis when the bytes are not Shift_JIS either (a decode with replacement characters)', () => {
    // 0x81 0x20: a lead byte followed by a space, on line 3
    const e = failure(bytes('a,b\n1,2\nx', [0x81, 0x20], 'y\n'), 'shift_jis')
    expect(e.key).toBe('file_not_sjis')
    expect(e.params.line).toBe(3)
  })
})
