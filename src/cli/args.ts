import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** node:util parseArgs, with its errors turned into usage errors (exit 2, never a stack trace). */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'invalid arguments')
  }
}
