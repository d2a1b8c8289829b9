// Escaping for Slack's mrkdwn: user text shown back must never ping (<!channel>, <@U…>) or break a message.
// Slack asks for exactly these three replacements; everything else is shown as typed.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true })
export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text })
