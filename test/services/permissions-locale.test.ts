import { describe, expect, it } from 'vitest'
import { createLocaleService, langOfLocale } from '../../src/services/locale.ts'
import { createPermissions } from '../../src/services/permissions.ts'
import { openStore } from '../../src/store/client.ts'
import { getPreference } from '../../src/store/preferences.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir()

describe('permissions', () => {
  it('everyone records when no recorder list is set; admins edit anything, users their own', async () => {
    const p = createPermissions({ config: { recorderChannelIds: [], recorderUserIds: [], adminUserIds: ['UADM'] }, channelMembers: async () => [] })
    expect(await p.canRecord('UANY')).toBe(true)
    expect(p.canEdit('UANY', { createdBy: 'slack:UANY' })).toBe(true)
    expect(p.canEdit('UANY', { createdBy: 'slack:UOTHER' })).toBe(false)
    expect(p.canEdit('UADM', { createdBy: 'import:csv' })).toBe(true)
    expect(p.isAdmin('UADM')).toBe(true)
  })

  it('caches channel members, and does not cache a failed lookup', async () => {
    let calls = 0
    let fail = true
    let clock = 0
    const p = createPermissions({
      config: { recorderChannelIds: ['C1'], recorderUserIds: [], adminUserIds: [] },
      channelMembers: async () => {
        calls += 1
        if (fail) throw new Error('ratelimited')
        return ['UMEM']
      },
      cacheMs: 1000,
      now: () => clock,
    })
    await expect(p.canRecord('UMEM')).rejects.toThrow('ratelimited')
    fail = false
    expect(await p.canRecord('UMEM')).toBe(true)
    expect(await p.canRecord('UNOT')).toBe(false)
    expect(calls).toBe(2)
    clock = 2000
    expect(await p.canRecord('UMEM')).toBe(true)
    expect(calls).toBe(3)
  })
})

describe('locale', () => {
  it('ja-* is Japanese, anything else English', () => {
    expect(langOfLocale('ja-JP')).toBe('ja')
    expect(langOfLocale('en-GB')).toBe('en')
    expect(langOfLocale(undefined)).toBeUndefined()
  })

  it('asks Slack once per user, remembers the locale, and falls back to it when Slack fails', async () => {
    const store = await openStore({ url: `file:${dir}/locale.db` })
    let calls = 0
    let fail = false
    const fetchLocale = async () => {
      calls += 1
      if (fail) throw new Error('slack down')
      return 'ja-JP'
    }
    const a = createLocaleService({ db: store.db, fetchLocale, fallback: 'en' })
    expect(await a.langOf('U1')).toBe('ja')
    expect(await a.langOf('U1')).toBe('ja')
    expect(calls).toBe(1)
    expect((await getPreference(store.db, 'U1'))?.locale).toBe('ja-JP')
    fail = true
    const b = createLocaleService({ db: store.db, fetchLocale, fallback: 'en' })
    expect(await b.langOf('U1')).toBe('ja')
    expect(await b.langOf('U2')).toBe('en')
    await store.close()
  })
})
