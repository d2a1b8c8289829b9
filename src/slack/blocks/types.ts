// Block Kit types, from the @slack/types that Bolt bundles (re-exported as a namespace).
import type { types } from '@slack/bolt'

export type KnownBlock = types.KnownBlock
export type ModalView = types.ModalView
export type HomeView = types.HomeView
export type PlainTextOption = types.PlainTextOption
export type Button = types.Button
export type ActionsBlock = types.ActionsBlock
export type SectionBlock = types.SectionBlock
