// An event as a message: the ephemeral confirmation after saving, and each entry of a list. User text is
// escaped (a title of "<!channel>" never pings anyone).
import type { ActionsBlock, Button, KnownBlock, SectionBlock } from './types.ts'
import type { BestPracticeCategory } from '../../domain/best-practice-category.ts'
import type { EventRecord } from '../../domain/event.ts'
import { t, type Lang } from '../../i18n/index.ts'
import { LIST_SEPARATOR, TITLE_FIELD, nameIn, otherLangs } from '../../i18n/lang.ts'
import { ACTION } from '../ids.ts'
import { activityTypeName, eventTitle, formatCount, formatName, officeName, stateName, themeName } from './labels.ts'
import { slackLength, SLACK_LIMITS, truncate } from './limits.ts'
import { escapeMrkdwn, mrkdwn, plain } from './mrkdwn.ts'

/** Who recorded the event, for a <@U…> mention: "slack:U123" → "U123"; other sources are shown as text. */
function recorder(createdBy: string): { user: string } | { text: string } {
  return createdBy.startsWith('slack:') ? { user: createdBy.slice('slack:'.length) } : { text: createdBy }
}

/** The names of the best-practice categories, for the summaries (without them, a category shows its code). */
export type CategoryNames = readonly Pick<BestPracticeCategory, 'code' | 'nameJa' | 'nameEn'>[]

/** A best practice's tag, with its category when it has one: ":star: Best practice · Category: …". */
function bestPracticeTag(e: EventRecord, lang: Lang, categories: CategoryNames | undefined): string {
  if (!e.bestPractice) return ''
  const code = e.bestPracticeCategory ?? null
  if (code === null) return `  ${t(lang, 'slack_best_practice_tag')}`
  const c = categories?.find((x) => x.code === code)
  const name = c === undefined ? code : nameIn(c, lang)
  return `  ${t(lang, 'slack_best_practice_tag')} · ${t(lang, 'slack_category_tag', { name: escapeMrkdwn(truncate(name, 100)) })}`
}

/**
 * The event in mrkdwn, compact (lists) or with partners and summary (confirmation). A best practice shows its
 * category (by name from `categories`), an ongoing programme "Ongoing (since 2018)" beside its dates.
 */
export function eventText(e: EventRecord, options: { lang: Lang; detail: boolean; categories?: CategoryNames }): string {
  const { lang, detail } = options
  const sep = LIST_SEPARATOR[lang]
  const titleMax = detail ? 200 : 100
  const main = escapeMrkdwn(eventTitle(e, lang, titleMax))
  // the title in another language too, when the event has one in the user's own
  const other = e[TITLE_FIELD[lang]] !== null ? (otherLangs(lang).map((l) => e[TITLE_FIELD[l]]).find((x) => x !== null) ?? null) : null
  const secondTitle = other === null ? '' : ` (${escapeMrkdwn(truncate(other, titleMax))})`
  const span = e.endDate !== null && e.endDate !== e.startDate ? `${e.startDate} – ${e.endDate}` : e.startDate
  const dates = e.ongoing === true ? `${span} (${t(lang, 'slack_ongoing_tag', { year: e.startDate.slice(0, 4) })})` : span
  const states = e.stateCodes.map((s) => stateName(s, lang))
  const stateText = states.length > 8 ? `${states.slice(0, 8).join(sep)}${sep}+${states.length - 8}` : states.join(sep)
  const place = e.city !== null ? `${escapeMrkdwn(truncate(e.city, 60))}${sep}${stateText}` : stateText
  const lines = [
    `*${main}*${secondTitle}${bestPracticeTag(e, lang, options.categories)}`,
    `${dates} · ${officeName(e.officeCode, lang)} · ${place}`,
    `${formatName(e.format, lang)} · ${t(lang, 'slack_participants', { count: formatCount(e.participants) })} · ${activityTypeName(e.activityType, lang)}` +
      (e.themes.length > 0 ? ` · ${e.themes.map((x) => themeName(x, lang)).join(sep)}` : ''),
  ]
  if (detail && e.partners.length > 0) {
    lines.push(t(lang, 'slack_partners', { list: escapeMrkdwn(truncate(e.partners.join(sep), 300)) }))
  }
  if (detail && e.summary !== null) lines.push(`>${escapeMrkdwn(truncate(e.summary, 300)).replace(/\n/g, '\n>')}`)
  const who = recorder(e.createdBy)
  const tail = 'user' in who
    ? t(lang, 'slack_recorded_by', { id: e.id, user: who.user })
    : `#${e.id} · ${escapeMrkdwn(truncate(who.text, 60))}`
  // escaping can make text longer than it was typed: cut the body, never who recorded it
  return `${truncate(lines.join('\n'), SLACK_LIMITS.sectionText - slackLength(tail) - 1)}\n${tail}`
}

export function eventButtons(e: EventRecord, lang: Lang): Button[] {
  const value = String(e.id)
  return [
    { type: 'button', action_id: ACTION.editEvent, text: plain(t(lang, 'slack_button_edit')), value },
    {
      type: 'button',
      action_id: ACTION.deleteEvent,
      style: 'danger',
      text: plain(t(lang, 'slack_button_delete')),
      value,
      confirm: {
        title: plain(truncate(t(lang, 'slack_confirm_delete_title'), SLACK_LIMITS.confirmTitle)),
        text: plain(truncate(t(lang, 'slack_confirm_delete_text', { id: e.id, date: e.startDate }), SLACK_LIMITS.confirmText)),
        confirm: plain(t(lang, 'slack_button_delete')),
        deny: plain(t(lang, 'slack_button_cancel')),
        style: 'danger',
      },
    },
  ]
}

/** One event: its text, then Edit / Delete when this user may use them. Block ids carry the event id. */
export function eventBlocks(e: EventRecord, options: { lang: Lang; detail: boolean; canEdit: boolean; categories?: CategoryNames }): KnownBlock[] {
  const section: SectionBlock = { type: 'section', block_id: `event:${e.id}`, text: mrkdwn(eventText(e, options)) }
  if (!options.canEdit) return [section]
  const actions: ActionsBlock = { type: 'actions', block_id: `event_actions:${e.id}`, elements: eventButtons(e, options.lang) }
  return [section, actions]
}

/** The ephemeral message after saving: what was saved, with Edit / Delete. */
export function savedMessage(e: EventRecord, options: { lang: Lang; action: 'create' | 'update'; categories?: CategoryNames }): { text: string; blocks: KnownBlock[] } {
  const { lang } = options
  const headline = t(lang, options.action === 'create' ? 'slack_saved' : 'slack_updated', { id: e.id })
  return {
    text: `${headline} ${escapeMrkdwn(eventTitle(e, lang, 150))}`,
    blocks: [
      { type: 'section', block_id: 'saved', text: mrkdwn(`:white_check_mark: ${headline}`) },
      ...eventBlocks(e, { lang, detail: true, canEdit: true, ...(options.categories ? { categories: options.categories } : {}) }),
    ],
  }
}

/** The post in LOG_CHANNEL_ID: a shared channel, so both languages. */
export function logChannelMessage(e: EventRecord, userId: string, categories?: CategoryNames): { text: string; blocks: KnownBlock[] } {
  const names = categories ? { categories } : {}
  return {
    text: `${t('en', 'slack_log_post', { user: userId, id: e.id })} ${escapeMrkdwn(eventTitle(e, 'en', 150))}`,
    blocks: [
      { type: 'context', block_id: 'log_headline', elements: [mrkdwn(`${t('en', 'slack_log_post', { user: userId, id: e.id })} / ${t('ja', 'slack_log_post', { user: userId, id: e.id })}`)] },
      { type: 'section', block_id: `event:${e.id}`, text: mrkdwn(eventText(e, { lang: 'en', detail: false, ...names })) },
      { type: 'section', block_id: `event_ja:${e.id}`, text: mrkdwn(eventText(e, { lang: 'ja', detail: false, ...names })) },
    ],
  }
}
