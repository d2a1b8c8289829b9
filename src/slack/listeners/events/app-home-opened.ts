import type { App } from '@slack/bolt'
import { buildHome } from '../../blocks/home.ts'
import type { SlackDeps } from '../../context.ts'

/** The Home tab, published fresh each time it is opened (publishing again is harmless: no retry guard). */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return
    const [lang, summary] = await Promise.all([deps.locale.langOf(event.user), deps.homeSummary(event.user)])
    await client.views.publish({ user_id: event.user, view: buildHome({ lang, summary }) })
  })
}
