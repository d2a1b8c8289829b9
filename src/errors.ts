// One error type for everything a user can cause or must be told about. Services throw it with a message key;
// the CLI and the Slack listeners translate it once, in the user's language. Raw error text never reaches a user.
import type { MessageKey, MessageParams } from './i18n/index.ts'

export class AppError extends Error {
  readonly key: MessageKey
  readonly params: MessageParams

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(`${key} ${JSON.stringify(params)}`)
    this.name = 'AppError'
    this.key = key
    this.params = params
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}
