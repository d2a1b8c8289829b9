import { describe, expect, it } from 'vitest'
import { ConfigError, loadAppConfig } from '../../src/config.ts'

const base = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' }

function problem(env: Record<string, string>): { variable: string; message: string } {
  try {
    loadAppConfig(env)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return { variable: (e as ConfigError).variable, message: (e as ConfigError).message }
  }
  throw new Error('expected a ConfigError')
}

describe('loadAppConfig', () => {
  it('LOG_LEVEL: info by default, any of pino\'s levels in any case, anything else named', () => {
    expect(loadAppConfig(base).logLevel).toBe('info')
    expect(loadAppConfig({ ...base, LOG_LEVEL: ' Debug ' }).logLevel).toBe('debug')
    expect(loadAppConfig({ ...base, LOG_LEVEL: 'silent' }).logLevel).toBe('silent')
    expect(problem({ ...base, LOG_LEVEL: 'verbose' }).variable).toBe('LOG_LEVEL')
  })

  it('HTTP mode with defaults', () => {
    const c = loadAppConfig(base)
    expect(c.slack).toMatchObject({ botToken: 'xoxb-1-abc', appToken: undefined, port: 3000, apiUrl: 'https://slack.com/api/' })
    expect(c.permissions).toEqual({ recorderChannelIds: [], recorderUserIds: [], adminUserIds: [] })
    expect(c.databaseUrl).toBe('file:./data/grassroots.db')
  })

  it('Socket Mode needs no signing secret; lists are comma-separated; the API URL gets its slash', () => {
    const c = loadAppConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1-A',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '8080',
      ADMIN_USER_IDS: 'U01, U02 ,W03',
      RECORDER_CHANNEL_IDS: 'C0AB,G0CD',
      LOG_CHANNEL_ID: 'C0LOG',
    })
    expect(c.slack).toMatchObject({ appToken: 'xapp-1-A', apiUrl: 'http://127.0.0.1:9999/api/', port: 8080, logChannelId: 'C0LOG' })
    expect(c.permissions.adminUserIds).toEqual(['U01', 'U02', 'W03'])
    expect(c.permissions.recorderChannelIds).toEqual(['C0AB', 'G0CD'])
  })

  it('names the one missing or malformed variable', () => {
    expect(problem({ SLACK_SIGNING_SECRET: base.SLACK_SIGNING_SECRET }).variable).toBe('SLACK_BOT_TOKEN')
    expect(problem({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: base.SLACK_SIGNING_SECRET }).message).toMatch(/^SLACK_BOT_TOKEN: must be a bot token/)
    expect(problem({ SLACK_BOT_TOKEN: 'xoxb-1' }).variable).toBe('SLACK_SIGNING_SECRET')
    expect(problem({ ...base, PORT: 'eighty' }).variable).toBe('PORT')
    expect(problem({ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }).variable).toBe('SLACK_APP_TOKEN')
    expect(problem({ ...base, ADMIN_USER_IDS: 'alice,bob' }).variable).toBe('ADMIN_USER_IDS')
    expect(problem({ ...base, LOG_CHANNEL_ID: '#general' }).variable).toBe('LOG_CHANNEL_ID')
    expect(problem({ ...base, SLACK_API_URL: 'slack.com' }).variable).toBe('SLACK_API_URL')
    expect(problem({ ...base, GRASSROOTS_TZ: 'Mars/Base' }).variable).toBe('GRASSROOTS_TZ')
    for (const env of [{}, { ...base, PORT: '99999' }]) expect(problem(env).message.split('\n')).toHaveLength(1)
  })
})
