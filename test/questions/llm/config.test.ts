// The optional language-model settings in the environment.
import { describe, expect, it } from 'vitest'
import { ConfigError, loadBaseConfig } from '../../../src/config.ts'

describe('OPENAI_* configuration', () => {
  it('is off unless OPENAI_API_KEY is set (an empty value counts as unset)', () => {
    expect(loadBaseConfig({}).openai).toBeUndefined()
    expect(loadBaseConfig({ OPENAI_API_KEY: '  ' }).openai).toBeUndefined()
  })

  it('defaults the model to gpt-4o-mini and keeps an optional base URL', () => {
    expect(loadBaseConfig({ OPENAI_API_KEY: 'sk-x' }).openai).toEqual({ apiKey: 'sk-x', model: 'gpt-4o-mini' })
    expect(loadBaseConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm' }).openai).toEqual({
      apiKey: 'sk-x',
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'm',
    })
  })

  it('names OPENAI_BASE_URL when it is not a URL', () => {
    expect(() => loadBaseConfig({ OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'not a url' })).toThrow(ConfigError)
    expect(() => loadBaseConfig({ OPENAI_BASE_URL: 'nope' })).toThrow(/^OPENAI_BASE_URL: /)
  })
})
