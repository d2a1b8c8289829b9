// The one place that reads process.env. Everything else receives a typed, validated Config.
import os from 'node:os'
import { Cron } from 'croner'
import { z } from 'zod'
import { LANGS, isLang, type Lang } from './i18n/lang.ts'

const langSchema = z.enum(LANGS)

/** The levels LOG_LEVEL accepts (pino's), from the most verbose; `silent` logs nothing. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevelName = (typeof LOG_LEVELS)[number]

export const baseConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default('file:./data/grassroots.db')
    .refine((u) => u.startsWith('file:') || /^postgres(ql)?:\/\//.test(u), {
      message: 'must be file:PATH (SQLite) or postgresql://… (PostgreSQL)',
    }),
  GRASSROOTS_TZ: z
    .string()
    .default('Asia/Tokyo')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz })
        return true
      } catch {
        return false
      }
    }, { message: 'must be an IANA time zone such as Asia/Tokyo' }),
  GRASSROOTS_LANG: langSchema.optional(),
  LANG: z.string().optional(),
  // Optional language model for questions the rules are unsure of; unset = rules only. Empty = unset.
  OPENAI_API_KEY: z.string().optional().transform((s) => (s?.trim() ? s.trim() : undefined)),
  OPENAI_BASE_URL: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined))
    .refine((u) => u === undefined || /^https?:\/\/\S+$/.test(u), { message: 'must be an http(s) URL' }),
  OPENAI_MODEL: z.string().optional().transform((s) => (s?.trim() ? s.trim() : 'gpt-4o-mini')),
  // Charts: the font file that draws their labels (unset or empty = Noto Sans JP from the npm package) and
  // how many threads render them (unset = one thread per spare core, at most two).
  GRASSROOTS_FONT: z.string().optional().transform((s) => (s?.trim() ? s.trim() : undefined)),
  GRASSROOTS_CHART_THREADS: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined))
    .refine((s) => s === undefined || (/^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 16), { message: 'must be a whole number from 1 to 16' })
    .transform((s) => (s === undefined ? defaultChartThreads() : Number(s))),
  // How much the app logs (JSON lines on standard output): unset or empty = info.
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim().toLowerCase() : 'info'))
    .pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })),
  // The language model's whole-call deadline in ms (unset = 5000); past it the rules' reading stands.
  OPENAI_TIMEOUT_MS: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : '5000'))
    .refine((s) => /^\d{2,6}$/.test(s), { message: 'must be a number of milliseconds (e.g. 5000)' })
    .transform(Number),
  // PostgreSQL: the most connections one process holds (its one pool, shared by queries, imports and
  // migrations). Unset or empty = 10. Size the server for it: see README "Deploying several instances".
  DATABASE_POOL_MAX: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : '10'))
    .refine((s) => /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= 500, { message: 'must be a whole number from 1 to 500' })
    .transform(Number),
  // The report's slide and workbook texts (report-config.ts): unset or empty = config/report.json.
  GRASSROOTS_REPORT_CONFIG: z.string().optional().transform((s) => (s?.trim() ? s.trim() : undefined)),
})

/** One rendering thread per core beyond the one the app runs on, at least one and at most two. */
function defaultChartThreads(): number {
  return Math.min(2, Math.max(1, os.availableParallelism() - 1))
}

export interface BaseConfig {
  databaseUrl: string
  /** DATABASE_POOL_MAX: PostgreSQL connections this process may hold at once (default 10; unused on SQLite). */
  databasePoolMax: number
  timeZone: string
  /** Language of command-line messages: GRASSROOTS_LANG, else the locale (LANG=ja_JP… → ja), else English. */
  cliLang: Lang
  /** The optional language model (OPENAI_API_KEY set); it only ever picks a query, never a figure. */
  openai?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number }
  /** LOG_LEVEL: how much the app logs (default info). */
  logLevel: LogLevelName
  /** Chart rendering: `fontFile` undefined = the default font (Noto Sans JP from npm); threads ≥ 1. */
  charts: ChartSettings
  /** GRASSROOTS_REPORT_CONFIG: the report's configuration file; undefined = config/report.json. */
  reportConfigFile?: string
}

export interface ChartSettings {
  /** GRASSROOTS_FONT: a TrueType/OpenType font file with Japanese glyphs; undefined = the packaged default. */
  fontFile: string | undefined
  /** GRASSROOTS_CHART_THREADS: worker threads that render charts (default: spare cores, 1–2). */
  threads: number
}

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly problem: string) {
    super(`${variable}: ${problem}`)
    this.name = 'ConfigError'
  }
}

/**
 * The language of command-line messages: GRASSROOTS_LANG, else the locale (LANG=ja_JP… → ja), else English.
 * Read leniently, so that even a message about a bad environment is in the user's language.
 */
export function cliLangOf(env: NodeJS.ProcessEnv): Lang {
  if (isLang(env.GRASSROOTS_LANG)) return env.GRASSROOTS_LANG
  const locale = env.LANG?.toLowerCase() ?? ''
  return LANGS.find((lang) => locale.startsWith(lang)) ?? 'en'
}

/** The environment through one schema; the first problem becomes a ConfigError naming its variable. */
function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv, problemOf?: (issue: z.core.$ZodIssue, variable: string) => string | undefined): z.output<S> {
  const parsed = schema.safeParse(env)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const variable = String(issue?.path[0] ?? 'environment')
  throw new ConfigError(variable, (issue && problemOf?.(issue, variable)) ?? issue?.message ?? 'invalid')
}

export function loadBaseConfig(env: NodeJS.ProcessEnv = process.env): BaseConfig {
  const c = parseEnv(baseConfigSchema, env)
  return {
    databaseUrl: c.DATABASE_URL,
    databasePoolMax: c.DATABASE_POOL_MAX,
    timeZone: c.GRASSROOTS_TZ,
    cliLang: cliLangOf(env),
    logLevel: c.LOG_LEVEL,
    charts: { fontFile: c.GRASSROOTS_FONT, threads: c.GRASSROOTS_CHART_THREADS },
    ...(c.GRASSROOTS_REPORT_CONFIG ? { reportConfigFile: c.GRASSROOTS_REPORT_CONFIG } : {}),
    ...(c.OPENAI_API_KEY
      ? { openai: { apiKey: c.OPENAI_API_KEY, model: c.OPENAI_MODEL, timeoutMs: c.OPENAI_TIMEOUT_MS, ...(c.OPENAI_BASE_URL ? { baseURL: c.OPENAI_BASE_URL } : {}) } }
      : {}),
  }
}

// ---------------------------------------------------------------------------------------------------
// The Slack app (`grassroots serve`): the base configuration plus Slack's tokens and who may do what.

const slackIdList = (prefix: string) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .refine((ids) => ids.every((id) => new RegExp(`^[${prefix}][A-Z0-9]{2,}$`).test(id)), {
      message: `must be a comma-separated list of Slack IDs starting with ${prefix.split('').join(' or ')} (e.g. ${prefix[0]}0123ABCD)`,
    })

const optionalId = (prefix: string) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()))
    .refine((id) => id === undefined || new RegExp(`^[${prefix}][A-Z0-9]{2,}$`).test(id), {
      message: `must be a Slack channel ID such as C0123ABCD`,
    })

export const appConfigSchema = z
  .object({
    SLACK_BOT_TOKEN: z.string({ message: 'is required (the Bot User OAuth Token, xoxb-…)' }).regex(/^xoxb-\S+$/, 'must be a bot token starting with xoxb-'),
    SLACK_APP_TOKEN: z
      .string()
      .optional()
      .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()))
      .refine((s) => s === undefined || /^xapp-\S+$/.test(s), { message: 'must be an app-level token starting with xapp-' }),
    SLACK_SIGNING_SECRET: z
      .string()
      .optional()
      .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()))
      .refine((s) => s === undefined || /^[0-9a-f]{16,}$/i.test(s), { message: 'must be the app\'s signing secret (hex digits)' }),
    SLACK_API_URL: z
      .string()
      .default('https://slack.com/api/')
      .refine((u) => /^https?:\/\/[^\s]+$/.test(u), { message: 'must be an http(s) URL such as https://slack.com/api/' })
      .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
    PORT: z
      .string()
      .default('3000')
      .refine((p) => /^\d{1,5}$/.test(p) && Number(p) <= 65535, { message: 'must be a port number (0–65535)' })
      .transform(Number),
    LOG_CHANNEL_ID: optionalId('CG'),
    RECORDER_CHANNEL_IDS: slackIdList('CG'),
    RECORDER_USER_IDS: slackIdList('UW'),
    ADMIN_USER_IDS: slackIdList('UW'),
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_APP_TOKEN === undefined && c.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      })
    }
  })

export interface AppConfig extends BaseConfig {
  slack: {
    botToken: string
    /** Set: Socket Mode (no public URL needed). Unset: HTTP mode on `port`. */
    appToken: string | undefined
    signingSecret: string | undefined
    /** Web API base URL, with a trailing slash; also where Socket Mode opens its connection. */
    apiUrl: string
    port: number
    logChannelId: string | undefined
  }
  permissions: {
    recorderChannelIds: string[]
    recorderUserIds: string[]
    adminUserIds: string[]
  }
}

/** Everything `grassroots serve` needs; throws ConfigError naming the first bad or missing variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const base = loadBaseConfig(env)
  const c = parseEnv(appConfigSchema, env, (issue, variable) =>
    issue.code === 'invalid_type' && env[variable] === undefined && variable === 'SLACK_BOT_TOKEN'
      ? 'is required (the Bot User OAuth Token, xoxb-…)'
      : undefined,
  )
  return {
    ...base,
    slack: {
      botToken: c.SLACK_BOT_TOKEN,
      appToken: c.SLACK_APP_TOKEN,
      signingSecret: c.SLACK_SIGNING_SECRET,
      apiUrl: c.SLACK_API_URL,
      port: c.PORT,
      logChannelId: c.LOG_CHANNEL_ID,
    },
    permissions: {
      recorderChannelIds: c.RECORDER_CHANNEL_IDS,
      recorderUserIds: c.RECORDER_USER_IDS,
      adminUserIds: c.ADMIN_USER_IDS,
    },
  }
}

// ---------------------------------------------------------------------------------------------------
// The weekly digest: where and when it is posted (`grassroots serve`, `grassroots digest --post`).

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

const isCron = (pattern: string): boolean => {
  try {
    new Cron(pattern, { paused: true }).stop()
    return true
  } catch {
    return false
  }
}

export const digestConfigSchema = z.object({
  DIGEST_CHANNEL_ID: optionalId('CG'),
  DIGEST_CRON: z.string().trim().min(1).default('0 9 * * 1').refine(isCron, { message: 'must be a cron pattern such as "0 9 * * 1" (Mondays 09:00)' }),
  DIGEST_TZ: z.string().trim().min(1).default('Asia/Tokyo').refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Tokyo' }),
  SLACK_BOT_TOKEN: z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim())),
  SLACK_API_URL: z
    .string()
    .default('https://slack.com/api/')
    .refine((u) => /^https?:\/\/[^\s]+$/.test(u), { message: 'must be an http(s) URL such as https://slack.com/api/' })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
})

export interface DigestConfig {
  /** Unset: no digest is scheduled. */
  channelId: string | undefined
  cron: string
  timeZone: string
  slackBotToken: string | undefined
  slackApiUrl: string
}

export function loadDigestConfig(env: NodeJS.ProcessEnv = process.env): DigestConfig {
  const c = parseEnv(digestConfigSchema, env)
  return { channelId: c.DIGEST_CHANNEL_ID, cron: c.DIGEST_CRON, timeZone: c.DIGEST_TZ, slackBotToken: c.SLACK_BOT_TOKEN, slackApiUrl: c.SLACK_API_URL }
}

/**
 * `grassroots serve` reads a `.env` file in the working directory when there is one (the README's "tokens in
 * .env → npm start"). Variables already set in the environment win over the file.
 */
export function loadDotEnv(file: string): boolean {
  try {
    process.loadEnvFile(file)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw new ConfigError(file, `could not be read (${(e as Error).message.split('\n')[0] ?? 'error'})`)
  }
}
