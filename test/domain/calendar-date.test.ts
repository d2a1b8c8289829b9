import { describe, expect, it } from 'vitest'
import { parseDateText } from '../../src/domain/calendar-date.ts'

describe('parseDateText: dates as Japanese Excel writes them', () => {
  it.each([
    ['2022-05-01', '2022-05-01'],
    ['2022/5/1', '2022-05-01'],
    ['2022/05/01', '2022-05-01'],
    ['２０２２/５/１', '2022-05-01'],
    ['2022年5月1日', '2022-05-01'],
    ['令和4年5月1日', '2022-05-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['㋿4年5月1日', '2022-05-01'],
    ['R4.5.1', '2022-05-01'],
    ['R04.05.01', '2022-05-01'],
    ['r4.5.1', '2022-05-01'],
    ['H30.4.1', '2018-04-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['2024/2/29', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, iso })
  })

  it.each(['2022/2/30', '2023/2/29', '2022-13-01', '2022年4月31日', 'R4.2.30', '令和1年4月30日', '平成31年5月1日', 'H32.1.1', 'R0.5.1'])(
    'refuses %s: no such day (in that era)',
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, reason: 'no_such_day' })
    },
  )

  it.each(['5/1/2022', '1/5/2022', '2022.5.1', '22/5/1', '2022-5-1x', 'May 1, 2022', '', 'R4', '令和4年5月', '2022/5/1 10:00'])('refuses %s: not a form it reads', (text) => {
    expect(parseDateText(text)).toEqual({ ok: false, reason: 'format' })
  })

  it('recognises an Excel serial number, and says which day it stands for', () => {
    expect(parseDateText('44682')).toEqual({ ok: false, reason: 'serial', serialIso: '2022-05-01' })
    expect(parseDateText('45016')).toEqual({ ok: false, reason: 'serial', serialIso: '2023-03-31' })
  })
})
