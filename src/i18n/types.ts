export type MessageParams = Record<string, string | number>
export type { Lang } from './lang.ts'
