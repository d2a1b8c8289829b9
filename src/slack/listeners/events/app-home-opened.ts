import type { App } from '@slack/bolt'
import { buildHome } from '../../blocks/home.ts'
import { errorText, type SlackDeps } from '../../context.ts'

/** The Home tab, published fresh each time it is opened (publishing again is harmless: no retry guard). */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== 'home') return
    const lang = await deps.locale.langOf(event.user)
    try {
      const summary = await deps.homeSummary(event.user)
      await client.views.publish({ user_id: event.user, view: buildHome({ lang, summary }) })
    } catch (e) {
      // an empty Home tab would say nothing: show why the figures are missing instead
      const text = errorText(e, { lang, logger, context: 'app_home_opened' })
      await client.views
        .publish({ user_id: event.user, view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] } })
        .catch((err: Error) => logger.error(`app_home_opened: could not publish the error view (${err.message})`))
    }
  })
}
