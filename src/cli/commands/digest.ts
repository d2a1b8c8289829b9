import fs from 'node:fs'
import path from 'node:path'
import { chartRendererFrom } from '../../charts/renderer.ts'
import { loadDigestConfig } from '../../config.ts'
import { isValidIsoDate, todayIn } from '../../domain/fiscal-year.ts'
import { AppError } from '../../errors.ts'
import { buildDigestBlocks } from '../../digest/blocks.ts'
import { buildDigest } from '../../digest/build.ts'
import { renderDigestMarkdown } from '../../digest/markdown.ts'
import { openStore } from '../../store/client.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const digestHelp = `Usage: grassroots digest [--as-of YYYY-MM-DD] [--json] [--chart FILE] [--post]

Prints the weekly digest for the week before the --as-of date's week (default: today in DIGEST_TZ):
events recorded that week by office, the fiscal year to date against the same point of the previous FY,
states covered for the first time this FY, and offices with no event recorded yet this FY.

Options:
  --as-of DATE  the day the digest is for (a Monday, normally); the same date always gives the same digest
  --json        print the Slack message (text and Block Kit blocks) as JSON instead of Markdown
  --chart FILE  also write the digest's chart (PNG) to FILE
  --post        post it to DIGEST_CHANNEL_ID with SLACK_BOT_TOKEN (SLACK_API_URL), once per week: a week
                already posted, by the schedule or by hand, is not posted again
  -h, --help    show this help

Environment: DIGEST_CHANNEL_ID, DIGEST_CRON (default "0 9 * * 1"), DIGEST_TZ (default Asia/Tokyo),
SLACK_BOT_TOKEN, SLACK_API_URL, DATABASE_URL.`

export async function runDigestCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    chart: { type: 'string' },
    post: { type: 'boolean' },
  })
  if (values.help) {
    ctx.io.out(digestHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  const config = loadDigestConfig()
  const asOf = values['as-of'] ?? todayIn(config.timeZone)
  if (!isValidIsoDate(asOf)) throw new AppError('digest_as_of_invalid', { value: asOf })
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
  // its threads start with the first chart (--chart, --post) and end with the command
  const charts = chartRendererFrom(ctx.config.charts)
  try {
    const digest = await buildDigest(store.db, { asOf, timeZone: config.timeZone })
    if (values.json) ctx.io.out(JSON.stringify(buildDigestBlocks(digest), null, 2))
    else ctx.io.out(renderDigestMarkdown(digest).trimEnd())
    if (values.chart !== undefined) {
      const file = path.resolve(ctx.cwd, values.chart)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      // loaded here: printing the digest needs no chart specs
      const { renderDigestChart } = await import('../../digest/chart.ts')
      fs.writeFileSync(file, await renderDigestChart(digest, charts))
      ctx.io.err(`chart: ${file}`)
    }
    if (values.post) {
      if (config.channelId === undefined) throw new AppError('digest_not_configured', { missing: 'DIGEST_CHANNEL_ID' })
      if (config.slackBotToken === undefined) throw new AppError('digest_not_configured', { missing: 'SLACK_BOT_TOKEN' })
      // loaded here: printing the digest needs neither the Slack client nor the chart renderer it posts
      const [{ WebClient }, { slackDigestPoster }, { runDigest }] = await Promise.all([
        import('@slack/web-api'),
        import('../../digest/poster.ts'),
        import('../../digest/run.ts'),
      ])
      const client = new WebClient(config.slackBotToken, { slackApiUrl: config.slackApiUrl, retryConfig: { retries: 2 } })
      const outcome = await runDigest({
        db: store.db,
        poster: slackDigestPoster(client),
        channel: config.channelId,
        cron: config.cron,
        timeZone: config.timeZone,
        asOf,
        charts,
        log: (message, data) => ctx.io.err(`${message}${data ? ` ${JSON.stringify(data)}` : ''}`),
      })
      switch (outcome.status) {
        case 'posted':
          ctx.io.err(`posted ${outcome.period} to ${config.channelId} (ts ${outcome.ts}) / ${outcome.period} を投稿しました`)
          break
        case 'already_posted':
          ctx.io.err(`${outcome.period} was already posted (ts ${outcome.ts ?? '?'}); not posted again / ${outcome.period} は投稿済みのため再投稿していません`)
          break
        case 'busy':
          ctx.io.err(`${outcome.period} is being posted by ${outcome.claimedBy}; not posted / ${outcome.period} は別の処理が投稿中のため、投稿していません`)
          break
        case 'nothing_due':
          break
      }
    }
    return EXIT.ok
  } finally {
    await charts.close()
    await store.close()
  }
}
