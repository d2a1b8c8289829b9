// Registers every listener. The question, digest and report parts plug in through `deps.services`:
// mentions and DMs are listened to only when a question service is given.
import type { App } from '@slack/bolt'
import type { SlackDeps } from '../context.ts'
import { registerAnswerActions } from './actions/answer-actions.ts'
import { registerDeleteEvent } from './actions/delete-event.ts'
import { registerEditEvent } from './actions/edit-event.ts'
import { registerListPage } from './actions/list-page.ts'
import { registerOpenLogModal } from './actions/open-log-modal.ts'
import { registerGrassrootsCommand } from './commands/grassroots.ts'
import { registerAppHomeOpened } from './events/app-home-opened.ts'
import { registerAppMention } from './events/app-mention.ts'
import { registerMessageIm } from './events/message-im.ts'
import { registerLogEventShortcut } from './shortcuts/log-event.ts'
import { registerEventModalSubmit } from './views/event-modal-submit.ts'

export function registerListeners(app: App, deps: SlackDeps): void {
  registerGrassrootsCommand(app, deps)
  registerLogEventShortcut(app, deps)
  registerEventModalSubmit(app, deps)
  registerOpenLogModal(app, deps)
  registerEditEvent(app, deps)
  registerDeleteEvent(app, deps)
  registerListPage(app, deps)
  registerAppHomeOpened(app, deps)
  const questions = deps.services.questions
  if (questions !== undefined) {
    registerAppMention(app, deps, questions)
    registerMessageIm(app, deps, questions)
    registerAnswerActions(app, deps, questions)
  }
}
