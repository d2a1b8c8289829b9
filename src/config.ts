// The one place that reads process.env. Everything else receives a typed, validated Config.
import { z } from 'zod'

const langSchema = z.enum(['en', 'ja'])

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
})

export interface BaseConfig {
  databaseUrl: string
  timeZone: string
  /** Language of command-line messages: GRASSROOTS_LANG, else the locale (LANG=ja_JP… → ja), else English. */
  cliLang: 'en' | 'ja'
}

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly problem: string) {
    super(`${variable}: ${problem}`)
    this.name = 'ConfigError'
  }
}

export function loadBaseConfig(env: NodeJS.ProcessEnv = process.env): BaseConfig {
  const parsed = baseConfigSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'invalid')
  }
  const c = parsed.data
  return {
    databaseUrl: c.DATABASE_URL,
    timeZone: c.GRASSROOTS_TZ,
    cliLang: c.GRASSROOTS_LANG ?? (c.LANG?.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
  }
}
