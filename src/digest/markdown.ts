// The digest as text: Markdown for `grassroots digest` and the demo, Slack mrkdwn for the `/grassroots
// digest` preview. The same content as the Block Kit message, in one flow of lines.
import { slackStyle } from './blocks.ts'
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

interface Flavor {
  style: Style
  h1(text: string): string
  h2(text: string): string
  italic(text: string): string
  /** Ends a line that must stay a line of its own (Markdown needs two spaces). */
  br: string
  bullet: string
}

export const markdownStyle: Style = {
  bold: (t) => `**${t}**`,
  link: (url, t) => `[${t}](${url})`,
  text: (s) => s.replace(/([\\*_[\]`])/g, '\\$1'),
}

const MARKDOWN: Flavor = { style: markdownStyle, h1: (t) => `# ${t}`, h2: (t) => `## ${t}`, italic: (t) => `_${t}_`, br: '  ', bullet: '- ' }

const MRKDWN: Flavor = {
  style: slackStyle,
  h1: (t) => `*${t}*`,
  h2: (t) => `*${t}*`,
  italic: (t) => `_${t}_`,
  br: '',
  bullet: '• ',
}

function render(d: Digest, f: Flavor, links: DigestLinks): string {
  const s = f.style
  const title = digestTitle(d)
  const meta = digestMeta(d)
  const recorded = recordedSummary(d, s)
  const L: string[] = [f.h1(`${title.en} / ${title.ja}`), '', `${f.italic(meta.en)}${f.br}`, f.italic(meta.ja), '', `${recorded.en}${f.br}`, recorded.ja, '']
  for (const e of d.recorded.listed) L.push(eventLine(e, s, links).replace(/^• /, f.bullet))
  const more = moreLine(d, d.recorded.listed.length, false)
  if (more !== undefined) L.push('', `${more.en}${f.br}`, more.ja)
  const cmp = fyComparison(d)
  L.push('', f.h2(`${cmp.heading.en} / ${cmp.heading.ja}`), '', ...cmp.lines.map((l) => `${f.bullet}${l.en}`), ...cmp.lines.map((l) => `${f.bullet}${l.ja}`), '')
  const first = firstTimeText(d, s)
  L.push(`${first.en}${f.br}`, first.ja, '')
  const reminder = reminderText(d, s)
  if (reminder !== undefined) L.push(`${reminder.en}${f.br}`, reminder.ja, '')
  L.push(`${f.italic(FOOTER.en)}${f.br}`, f.italic(FOOTER.ja))
  return `${L.join('\n')}\n`
}

export function renderDigestMarkdown(d: Digest, options: { links?: DigestLinks } = {}): string {
  return render(d, MARKDOWN, options.links ?? {})
}

/** Slack mrkdwn, for a plain-text reply (the `/grassroots digest` preview). */
export function renderDigestMrkdwn(d: Digest, options: { links?: DigestLinks } = {}): string {
  return render(d, MRKDWN, options.links ?? {})
}
