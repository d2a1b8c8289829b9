import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkMessage } from '../../src/slack/blocks/limits.ts'
import { openStore } from '../../src/store/client.ts'
import { runCli } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { seedEvents } from './helpers.ts'

const dir = tmpDir('grassroots-digest-cli-')
const env = { DATABASE_URL: `file:${dir}/cli.db`, GRASSROOTS_LANG: 'en' }

beforeAll(async () => {
  const s = await openStore({ url: env.DATABASE_URL })
  await seedEvents(s.db, [
    { startDate: '2023-01-26', officeCode: 'anchorage', stateCodes: ['AK'], titleEn: 'Online Arctic Symposium', titleJa: 'オンライン北極シンポジウム', participants: 180, recordedAt: '2023-01-27T03:00:00Z' },
  ])
  await s.close()
})

describe('grassroots digest', () => {
  it('prints the digest for the week before --as-of, in both languages', async () => {
    const r = await runCli(['digest', '--as-of', '2023-01-30'], env, dir)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('Recorded last week: 1 event')
    expect(r.out).toContain('先週登録された事業：1件')
    expect(r.out).toContain('Online Arctic Symposium / オンライン北極シンポジウム')
    expect((await runCli(['digest', '--as-of', '2023-01-30'], env, dir)).out).toBe(r.out)
  })

  it('prints the Slack message as JSON with --json, within Slack limits', async () => {
    const r = await runCli(['digest', '--as-of', '2023-01-30', '--json'], env, dir)
    expect(r.code, r.err).toBe(0)
    const message = JSON.parse(r.out) as { text: string; blocks: unknown[] }
    expect(checkMessage(message)).toEqual([])
    expect(JSON.stringify(message.blocks)).toContain('オンライン北極シンポジウム')
  })

  it('writes the chart with --chart', async () => {
    const file = path.join(dir, 'chart.png')
    const r = await runCli(['digest', '--as-of', '2023-01-30', '--chart', file], env, dir)
    expect(r.code, r.err).toBe(0)
    expect(fs.readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  it('rejects a bad date, and --post without a channel', async () => {
    const bad = await runCli(['digest', '--as-of', '2023-02-30'], env, dir)
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('"2023-02-30" is not a date')
    const ja = await runCli(['digest', '--as-of', 'tomorrow'], { ...env, GRASSROOTS_LANG: 'ja' }, dir)
    expect(ja.err).toContain('「tomorrow」は日付として認識できません')
    if (process.env.DIGEST_CHANNEL_ID === undefined) {
      const post = await runCli(['digest', '--as-of', '2023-01-30', '--post'], env, dir)
      expect(post.code).toBe(1)
      expect(post.err).toContain('DIGEST_CHANNEL_ID is not set')
    }
  })
})
