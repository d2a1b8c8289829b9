// The digest as a Slack message: Block Kit built by a pure function, within Slack's limits whatever the
// week holds. Lines are packed into sections of at most 3,000 characters, and when the whole message would
// be too long for Slack (msg_blocks_too_long), events are dropped from the list, from the end, and counted
// in the "…and N more" line instead; the poster attaches the full list as CSV.
import { escapeMrkdwn, mrkdwn, plain } from '../slack/blocks/mrkdwn.ts'
import { checkMessage, slackLength, SLACK_LIMITS, truncate } from '../slack/blocks/limits.ts'
import { formatCount } from '../i18n/format.ts'
import type { Digest } from './build.ts'
import {
  digestMeta,
  digestTitle,
  eventLine,
  firstTimeText,
  FOOTER,
  fyComparison,
  moreLine,
  recordedSummary,
  reminderText,
  type DigestLinks,
  type Style,
} from './content.ts'

export const slackStyle: Style = {
  bold: (t) => `*${t}*`,
  link: (url, t) => `<${url}|${t.replace(/\|/g, '¦')}>`,
  text: (s) => escapeMrkdwn(s),
}

export type DigestBlock = Record<string, unknown>

export interface DigestMessage {
  text: string
  blocks: DigestBlock[]
  /** Events shown one by one; the others are counted in the "more" line. */
  listed: number
}

const section = (text: string): DigestBlock => ({ type: 'section', text: mrkdwn(truncate(text, SLACK_LIMITS.sectionText)) })

/** Groups lines into as few sections as fit the section text limit. */
function packLines(lines: string[]): DigestBlock[] {
  const blocks: DigestBlock[] = []
  let current = ''
  for (const line of lines) {
    const candidate = current === '' ? line : `${current}\n${line}`
    if (slackLength(candidate) > SLACK_LIMITS.sectionText && current !== '') {
      blocks.push(section(current))
      current = line
    } else current = candidate
  }
  if (current !== '') blocks.push(section(current))
  return blocks
}

function compose(d: Digest, listed: number, options: { links: DigestLinks; attachment: boolean }): DigestMessage {
  const s = slackStyle
  const title = digestTitle(d)
  const meta = digestMeta(d)
  const recorded = recordedSummary(d, s)
  const blocks: DigestBlock[] = [
    { type: 'header', text: plain(truncate(`${title.en} / ${title.ja}`, SLACK_LIMITS.header)) },
    { type: 'context', elements: [mrkdwn(meta.en), mrkdwn(meta.ja)] },
    section(`${recorded.en}\n${recorded.ja}`),
  ]
  const events = d.recorded.listed.slice(0, listed)
  blocks.push(...packLines(events.map((e) => eventLine(e, s, options.links))))
  const more = moreLine(d, events.length, options.attachment)
  if (more !== undefined) blocks.push({ type: 'context', elements: [mrkdwn(more.en), mrkdwn(more.ja)] })
  blocks.push({ type: 'divider' })
  const cmp = fyComparison(d)
  blocks.push(section([`*${cmp.heading.en}* / *${cmp.heading.ja}*`, ...cmp.lines.map((l) => `• ${l.en}`), ...cmp.lines.map((l) => `• ${l.ja}`)].join('\n')))
  const first = firstTimeText(d, s)
  blocks.push(section(`${first.en}\n${first.ja}`))
  const reminder = reminderText(d, s)
  if (reminder !== undefined) blocks.push(section(`${reminder.en}\n${reminder.ja}`))
  blocks.push({ type: 'context', elements: [mrkdwn(FOOTER.en), mrkdwn(FOOTER.ja)] })
  const text = truncate(
    `${title.en}: ${formatCount(d.recorded.total, 'events', 'en')} recorded; FY${d.fiscalYear} to date ${formatCount(d.fyToDate.events, 'events', 'en')}. / ${title.ja}：先週の登録${formatCount(d.recorded.total, 'events', 'ja')}、${d.fiscalYear}年度累計${formatCount(d.fyToDate.events, 'events', 'ja')}。`,
    SLACK_LIMITS.messageText,
  )
  return { text, blocks, listed: events.length }
}

/** The digest message; never breaks Slack's limits (a test checks it with the shared limit table). */
export function buildDigestBlocks(d: Digest, options: { links?: DigestLinks; attachment?: boolean } = {}): DigestMessage {
  const opts = { links: options.links ?? {}, attachment: options.attachment ?? d.recorded.total > d.recorded.listed.length }
  for (let listed = d.recorded.listed.length; listed >= 0; listed--) {
    const message = compose(d, listed, opts)
    if (checkMessage(message).length === 0) return message
  }
  // Without any listed event the message is a few short sections: it always fits.
  return compose(d, 0, opts)
}
