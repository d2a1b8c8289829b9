import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/events/decode.ts'
import { AppError } from '../../src/errors.ts'

function failure(bytes: Uint8Array): AppError {
  try {
    decodeText(bytes, { file: 'f.csv' })
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
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a,b\r\n日本'), { file: 'f' })).toBe('a,b\r\n日本')
    expect(decodeText(bytes('a,b\n'), { file: 'f' })).toBe('a,b\n')
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
    expect(e.key).toBe('file_not_utf8')
    expect(e.params.offset).toBe(offset)
  })

  it('recognises Shift_JIS, and decodes it when asked to', () => {
    const text = 'title_ja\n日本食フェア、シカゴ１２０\n'
    const sjis = iconv.encode(text, 'cp932')
    expect(failure(sjis).key).toBe('file_not_utf8_sjis')
    expect(decodeText(sjis, { file: 'f', encoding: 'shift_jis' })).toBe(text)
  })
})
