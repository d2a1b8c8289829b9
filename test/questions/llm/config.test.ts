// The optional language-model settings in the environment.
import { describe, expect, it } from 'vitest'
import { ConfigError, loadBaseConfig } from '../../../src/config.ts'

describe('OPENAI_* configuration', () => {
  it('is off unless OPENAI_API_KEY is set (an empty value counts as unset)', () => {
    expect(loadBaseConfig({}).openai).toBeUndefined()
    expect(loadBaseConfig({ OPENAI_API_KEY: '  ' }).openai).toBeUndefined()
  })

  it('defaults the model to gpt-4o-mini and the deadline to 5 s, and keeps an optional base URL', () => {
    expect(loadBaseConfig({ OPENAI_API_KEY: 'sk-x' }).openai).toEqual({ apiKey: 'sk-x', model: 'gpt-4o-mini', timeoutMs: 5000 })
    expect(loadBaseConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm', OPENAI_TIMEOUT_MS: '1500' }).openai).toEqual({
      apiKey: 'sk-x',
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'm',
      timeoutMs: 1500,
    })
  })

  it('names OPENAI_TIMEOUT_MS when it is not a number of milliseconds', () => {
    expect(() => loadBaseConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_TIMEOUT_MS: '5s' })).toThrow(/^OPENAI_TIMEOUT_MS: /)
  })

  it('names OPENAI_BASE_URL when it is not a URL', () => {
    expect(() => loadBaseConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'not a url' })).toThrow(ConfigError)
    expect(() => loadBaseConfig({ OPENAI_BASE_URL: 'nope' })).toThrow(/^OPENAI_BASE_URL: /)
  })
})
