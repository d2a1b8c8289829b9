// What a command needs from the outside world, passed in so tests can run commands in-process.
import type { BaseConfig } from '../config.ts'
import type { Lang } from '../i18n/index.ts'

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Reads all of standard input (for `-` arguments). */
  readStdin(): Promise<string>
  isTty: boolean
}

export interface CliContext {
  io: CliIo
  config: BaseConfig
  lang: Lang
  /** Who runs the command, for the audit log (the OS user). */
  actor: string
  cwd: string
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const

/** A mistake in how the command was called: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
