// `/grassroots digest [YYYY-MM-DD]` for the Slack app: a preview of the digest for the week before the
// date (default: today in the digest time zone), with its chart. Posting stays with the scheduler.
import type { ChartRenderer } from '../charts/renderer.ts'
import { isValidIsoDate, todayIn } from '../domain/fiscal-year.ts'
import { AppError } from '../errors.ts'
import { escapeMrkdwn } from '../slack/blocks/mrkdwn.ts'
import type { DigestService } from '../services/plugins.ts'
import type { Db } from '../store/client.ts'
import { buildDigest } from './build.ts'
import { renderDigestChart } from './chart.ts'
import type { DigestLinks } from './content.ts'
import { renderDigestMrkdwn } from './markdown.ts'

export function createDigestService(options: { db: Db; timeZone: string; links?: DigestLinks; charts: ChartRenderer; today?: () => string }): DigestService {
  return {
    async run(args) {
      const arg = args.trim()
      const asOf = arg === '' ? (options.today?.() ?? todayIn(options.timeZone)) : arg
      // the value is shown back in Slack: escaped, like all user text there
      if (!isValidIsoDate(asOf)) throw new AppError('digest_as_of_invalid', { value: escapeMrkdwn(arg) })
      const digest = await buildDigest(options.db, { asOf, timeZone: options.timeZone })
      const text = renderDigestMrkdwn(digest, options.links === undefined ? {} : { links: options.links }).trimEnd()
      // the words do not wait on the picture: a chart that cannot be drawn leaves the digest without it
      const chart = await renderDigestChart(digest, options.charts).catch((e: unknown) => {
        process.emitWarning(`digest preview: chart not drawn (${e instanceof Error ? e.message : String(e)})`)
        return null
      })
      if (chart === null) return { text }
      return { text, files: [{ filename: `digest-${digest.period.key}.png`, content: chart, title: `Events per month / 月別実施件数 (${digest.period.key})` }] }
    },
  }
}
