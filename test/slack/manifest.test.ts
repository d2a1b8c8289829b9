// manifest.yml against Slack's published app-manifest JSON Schema (slackapi/manifest-schema, MIT, copied
// into manifest-schema/ beside this file), so "Create New App → From an app manifest" cannot refuse it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { CALLBACK, SLASH_COMMAND } from '../../src/slack/ids.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const schemaDir = path.join(here, 'manifest-schema')
const SCHEMA_URL_BASE = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/'
const SCHEMA_FILES = ['manifest.schema.json', 'manifest.schema.1.0.0.json', 'manifest.schema.2.0.0.json']

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addFormat('uri', (s: string) => URL.canParse(s)) // the one format the schema uses (for "$schema")
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8')) as object
  // The router refers to each version by its published address; register the copies under those keys.
  for (const f of SCHEMA_FILES.slice(1)) ajv.addSchema(read(f), `${SCHEMA_URL_BASE}${f}`)
  return ajv.compile(read(SCHEMA_FILES[0]!))
}

function manifest(): Record<string, unknown> {
  return parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as Record<string, unknown>
}

describe('manifest.yml', () => {
  it("passes Slack's app-manifest schema", () => {
    const validate = validator()
    const ok = validate(manifest())
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('the schema refuses what Slack refuses (a shortcut name over 24 characters)', () => {
    const validate = validator()
    const m = manifest() as { features: { shortcuts: { name: string }[] } }
    m.features.shortcuts[0]!.name = 'x'.repeat(25)
    expect(validate(m)).toBe(false)
    expect(validate.errors?.some((e) => e.instancePath === '/features/shortcuts/0/name' && e.keyword === 'maxLength')).toBe(true)
  })

  it('names the command and the shortcut callback the app listens for', () => {
    const m = manifest() as { features: { slash_commands: { command: string }[]; shortcuts: { callback_id: string }[] } }
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND])
    expect(m.features.shortcuts.map((s) => s.callback_id)).toEqual([CALLBACK.logShortcut])
  })

  it("the copy of the schema is Slack's as kept beside the repository", () => {
    const shared = path.resolve(root, '../shared/slack/manifest-schema')
    // The copy is what the test uses; when the team's shared folder is present it must not have moved on.
    if (!fs.existsSync(shared)) return
    for (const f of SCHEMA_FILES) expect(fs.readFileSync(path.join(schemaDir, f), 'utf8')).toBe(fs.readFileSync(path.join(shared, f), 'utf8'))
  })
})
