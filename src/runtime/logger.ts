// The app's one structured logger (pino): JSON lines on standard output, one object per line, created once
// in the composition root (src/app.ts) from the configuration and handed to Bolt (through an adapter to
// Bolt's Logger interface) and to the services. Secrets never reach a line: the configured tokens, the
// signing secret, the language-model key and the database password are replaced wherever they appear (in a
// message, a field or an error's stack), as are strings shaped like Slack tokens, bearer credentials and
// passwords in database URLs; fields named like credentials (authorization, token, password…) are censored.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt'
import { pino, type DestinationStream, type Level, type Logger } from 'pino'
import type { BaseConfig, LogLevelName } from '../config.ts'

export type Log = Logger

/** What replaces a secret in a log line. */
export const REDACTED = '[redacted]'

/** Field paths censored whatever their value (pino's redact paths: one level of nesting, any parent). */
const CENSORED_PATHS = ['authorization', 'token', 'password', 'signingSecret', 'apiKey', 'appToken', 'botToken']
  .flatMap((k) => [k, `*.${k}`])
  .concat(['headers.authorization', '*.headers.authorization', 'headers.cookie', '*.headers.cookie'])

/** Shapes of secrets whatever their value: Slack tokens, bearer credentials, OpenAI keys, URL passwords. */
const SECRET_SHAPES: ReadonlyArray<[RegExp, string]> = [
  [/\bxox[a-z]-[A-Za-z0-9-]+/g, REDACTED],
  [/\bxapp-[A-Za-z0-9-]+/g, REDACTED],
  [/\bBearer\s+[^\s"',]+/gi, `Bearer ${REDACTED}`],
  [/\bsk-[A-Za-z0-9_-]{6,}/g, REDACTED],
  [/(\/\/[^:@/\s]*):[^@/\s]*@/g, `$1:${REDACTED}@`],
  [/([?&](?:password|sslpassword)=)[^&#\s]*/gi, `$1${REDACTED}`],
]

/** The secret values of a configuration (the ones that can be known in advance). */
export function secretsOf(config: Partial<Pick<BaseConfig, 'databaseUrl' | 'openai'>> & { slack?: { botToken?: string | undefined; appToken?: string | undefined; signingSecret?: string | undefined } }): string[] {
  const password = /\/\/[^:@/]*:([^@/]+)@/.exec(config.databaseUrl ?? '')?.[1]
  return [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, config.openai?.apiKey, password]
    .filter((s): s is string => typeof s === 'string' && s.length >= 4)
    .flatMap((s) => (password === s ? [s, decodeURIComponentSafe(s)] : [s]))
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** `text` with every known secret and every secret-shaped string replaced by [redacted]. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const s of secrets) out = out.split(s).join(REDACTED)
  for (const [shape, by] of SECRET_SHAPES) out = out.replace(shape, by)
  return out
}

/** A copy of a log object with its strings scrubbed (errors become { type, message, stack }); depth-bounded. */
function scrubValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value, secrets)
  if (value === null || typeof value !== 'object' || depth > 6) return value
  if (value instanceof Error) {
    const code = (value as NodeJS.ErrnoException).code
    return {
      type: value.name,
      message: scrubText(value.message, secrets),
      ...(code !== undefined ? { code: String(code) } : {}),
      ...(value.stack !== undefined ? { stack: scrubText(value.stack, secrets) } : {}),
    }
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, secrets, depth + 1)
  return out
}

/**
 * The app's logger. `level` is LOG_LEVEL (config.logLevel); `destination` defaults to standard output (tests
 * pass a stream and read the lines); `secrets` are values never to be written (see secretsOf).
 */
export function createLog(options: { level: LogLevelName; secrets?: readonly string[]; destination?: DestinationStream }): Log {
  const secrets = [...(options.secrets ?? [])].sort((a, b) => b.length - a.length)
  return pino(
    {
      level: options.level,
      base: { app: 'grassroots' },
      redact: { paths: CENSORED_PATHS, censor: REDACTED },
      // errors are turned into plain { type, message, code, stack } by scrubValue, before serializers run: the
      // default err serializer would name their type "Object"
      formatters: { log: (obj) => scrubValue(obj, secrets) as Record<string, unknown> },
      serializers: { err: (err: unknown) => err },
      hooks: {
        logMethod(args, method) {
          // the message (and any printf-style arguments) scrubbed like the fields
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubText(a, secrets) : a)) as Parameters<typeof method>
          method.apply(this, scrubbed)
        },
      },
    },
    options.destination,
  )
}

const PINO_LEVEL_OF: Record<LogLevel, Level> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
}

/** Bolt's numeric-free level names for a pino level (Bolt has no trace, fatal or silent: the nearest). */
function boltLevelOf(level: string): LogLevel {
  if (level === 'trace' || level === 'debug') return LogLevel.DEBUG
  if (level === 'info') return LogLevel.INFO
  if (level === 'warn') return LogLevel.WARN
  return LogLevel.ERROR
}

/** Bolt's log arguments (strings, objects, errors) as one pino call: strings joined, the first error as `err`. */
function logWith(log: Log, level: Level, parts: unknown[]): void {
  const err = parts.find((p): p is Error => p instanceof Error)
  const text = parts
    .filter((p) => p !== err)
    .map((p) => (typeof p === 'string' ? p : safeJson(p)))
    .join(' ')
  if (err !== undefined) log[level]({ err }, text || err.message)
  else log[level](text)
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Bolt's Logger interface over a pino logger: Bolt, its receivers and its Web API client write through it,
 * as `component: "bolt"` lines (setName changes the component). setLevel changes this adapter's own level.
 */
export function boltLogger(log: Log): BoltLogger {
  let child = log.child({ component: 'bolt' })
  return {
    debug: (...msg: unknown[]) => logWith(child, 'debug', msg),
    info: (...msg: unknown[]) => logWith(child, 'info', msg),
    warn: (...msg: unknown[]) => logWith(child, 'warn', msg),
    error: (...msg: unknown[]) => logWith(child, 'error', msg),
    setLevel(level: LogLevel) {
      child.level = PINO_LEVEL_OF[level]
    },
    getLevel: () => boltLevelOf(child.level),
    setName(name: string) {
      const level = child.level
      child = log.child({ component: name })
      child.level = level
    },
  }
}
