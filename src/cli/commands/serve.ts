// `grassroots serve` (`npm start`): runs the Slack app until SIGTERM or SIGINT, then stops receiving,
// lets work in flight finish and closes the database.
import path from 'node:path'
import { ConfigError, loadAppConfig, loadDigestConfig, loadDotEnv } from '../../config.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const serveHelp = `Usage: grassroots serve

Runs the Slack app. Socket Mode when SLACK_APP_TOKEN is set (no public URL needed), HTTP mode otherwise
(POST /slack/events and GET /healthz on PORT, default 3000). Stops cleanly on SIGTERM or SIGINT.

Environment: SLACK_BOT_TOKEN (required), SLACK_APP_TOKEN or SLACK_SIGNING_SECRET, PORT, SLACK_API_URL,
LOG_LEVEL, LOG_CHANNEL_ID, RECORDER_CHANNEL_IDS, RECORDER_USER_IDS, ADMIN_USER_IDS, DATABASE_URL, GRASSROOTS_TZ,
GRASSROOTS_LANG, GRASSROOTS_FONT, GRASSROOTS_CHART_THREADS; DIGEST_CHANNEL_ID, DIGEST_CRON, DIGEST_TZ (the weekly digest, posted only when the channel
is set); OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL (optional language model for unclear questions). A .env file in the working directory is read first (the environment wins).
See docs/slack.md.`

export async function runServe(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (values.help) {
    ctx.io.out(serveHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  loadDotEnv(path.join(ctx.cwd, '.env'))
  const config = loadAppConfig()
  const digest = loadDigestConfig()
  // loaded here, not at the top: the other commands should not pay for loading Bolt
  const { createServices, runApp } = await import('../../app.ts')
  const { chartRendererFrom } = await import('../../charts/renderer.ts')
  const charts = chartRendererFrom(config.charts)
  const running = await runApp({ config, digest, charts, services: (db, log) => createServices({ config, db, digest, charts, log }) }).catch((e: unknown) => {
    throw startupError(e, config.slack.apiUrl)
  })
  ctx.io.out(
    running.slack.mode === 'socket'
      ? 'grassroots: Slack app running in Socket Mode'
      : `grassroots: Slack app listening on port ${running.port ?? config.slack.port} (POST /slack/events, GET /healthz)`,
  )
  ctx.io.out(
    running.digest !== undefined
      ? `grassroots: weekly digest scheduled for ${digest.channelId ?? ''} ("${digest.cron}", ${digest.timeZone})`
      : 'grassroots: weekly digest off (DIGEST_CHANNEL_ID is not set)',
  )
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })
  ctx.io.out(`grassroots: ${signal} received, finishing work in flight`)
  await running.stop()
  ctx.io.out('grassroots: stopped')
  return EXIT.ok
}

/** Start-up failures that are a setting's fault, as one line naming the setting. */
function startupError(e: unknown, apiUrl: string): unknown {
  const err = e as { code?: string; data?: { error?: string }; original?: Error; message?: string }
  if (err.code === 'slack_webapi_platform_error') return new ConfigError('SLACK_BOT_TOKEN', `was refused by Slack (${err.data?.error ?? 'error'})`)
  if (err.code === 'slack_webapi_request_error') {
    return new ConfigError('SLACK_API_URL', `${apiUrl} could not be reached (${err.original?.message ?? err.message ?? 'request failed'})`)
  }
  if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') return new ConfigError('PORT', 'is already in use')
  return e
}
