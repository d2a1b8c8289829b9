// Fuzzing every request Slack (or anyone who can reach the URL) sends to the real Bolt HTTP receiver:
// random and garbled bodies, headers and signatures; view submissions of the event form with random field
// values; block actions with random values and ids. Whatever arrives: no 500, no stack trace and no secret in any
// answer, no handler failure, no unhandled rejection, and nothing written for what is invalid.
import { Writable } from 'node:stream'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../src/domain/catalog.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import { createQuestionService } from '../../src/services/questions.ts'
import { ACTION } from '../../src/slack/ids.ts'
import { startHarness, type Harness } from '../slack/harness.ts'
import { blockAction, formBody, interactiveBody, slashCommandFields, validForm, viewSubmission, type TypedForm } from '../slack/payloads.ts'
import { postSigned, slackSignature, TEST_SIGNING_SECRET, type SlackHttpResponse } from '../slack/signing.ts'
import { assertNothingLeaks, fuzz, watchUnhandled } from './budget.ts'

let h: Harness
let secrets: string[]
const logLines: string[] = []
const unhandled = watchUnhandled()
const now = () => Math.floor(Date.now() / 1000)
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

beforeAll(async () => {
  const logTo = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString().split('\n').filter((l) => l !== ''))
      done()
    },
  })
  h = await startHarness({
    env: { LOG_CHANNEL_ID: 'C0LOG', ADMIN_USER_IDS: 'U0ADMIN' },
    logTo,
    services: (db) => ({ questions: createQuestionService({ db, timeZone: 'Asia/Tokyo' }) }),
  })
  secrets = [TEST_SIGNING_SECRET, h.config.slack.botToken]
  h.fake.locales.set('U0JA', 'ja-JP')
  h.fake.locales.set('U0JAOTHER', 'ja-JP')
})

afterAll(async () => {
  // let handlers still running after their ack finish before the checks
  await new Promise((r) => setTimeout(r, 300))
  await h.close()
  unhandled.stop()
  expect(unhandled.errors.map(String)).toEqual([])
  expect(h.fake.rejections).toEqual([])
  // log lines may carry an error's stack (that is what they are for), never a secret
  for (const line of logLines) for (const secret of secrets) expect(line).not.toContain(secret)
  // no error logged, but Bolt's own line for a signed object of no known type (its 404 after 3 s)
  const errors = logLines.filter((l) => /"level":50/.test(l) && !/not acknowledged within 3 seconds/.test(l))
  expect(errors.map((l) => l.slice(0, 400))).toEqual([])
  // a handler that threw is logged with outcome "error"
  expect(logLines.filter((l) => /"outcome":"error"/.test(l))).toEqual([])
})

function assertSafeAnswer(res: SlackHttpResponse, allowed: readonly number[]): void {
  expect(allowed, `status ${res.status}: ${res.text.slice(0, 200)}`).toContain(res.status)
  assertNothingLeaks(res.text, secrets)
}

const stored = async () => ({ events: await h.store.db.event.count(), audits: await h.store.db.auditEntry.count() })

// ---------------------------------------------------------------------------------------------------------
// Request bodies, headers and signatures

const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=utf-8', 'multipart/form-data', ''] as const
/** Real requests, to garble: a slash command, an interaction, an event callback. */
const realBodies = () => [
  { body: formBody(slashCommandFields({ text: 'help', userId: 'U0FUZZ', responseUrl: h.fake.responseUrl('fuzz') })), type: 'application/x-www-form-urlencoded' },
  { body: interactiveBody(blockAction({ actionId: ACTION.editEvent, value: '1', userId: 'U0FUZZ' })), type: 'application/x-www-form-urlencoded' },
  { body: JSON.stringify({ type: 'event_callback', event: { type: 'app_mention', text: 'hi', user: 'U0FUZZ', channel: 'C0', ts: '1.0' } }), type: 'application/json' },
]

/** A real body with a piece cut off its end: never a whole JSON object, so Bolt can never dispatch it. */
const truncatedBody = fc.tuple(fc.nat(2), fc.double({ min: 0, max: 0.999, noNaN: true })).map(([i, at]) => {
  const real = realBodies()[i]!
  return { body: real.body.slice(0, Math.floor(real.body.length * at)), type: real.type }
})
const randomBody = fc.record({
  body: fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-ascii', maxLength: 400 }), fc.constantFrom('null', '0', '"x"', '[]', 'payload=null', 'payload=5', 'payload=%5B%5D', 'payload=', 'payload=%7B', '\u0000', '')),
  type: fc.constantFrom(...CONTENT_TYPES),
})

const signatureKind = fc.constantFrom('valid', 'none', 'random', 'wrong-secret', 'other-body', 'no-prefix', 'uppercase')
const timestampKind = fc.constantFrom('now', 'old', 'future', 'text', 'none', 'float', 'huge')

describe('signed request bodies', () => {
  it('answers 400 or 401 (never 500, a stack trace or a secret) to random and garbled bodies, headers and signatures', async () => {
    await fuzz(
      'signed requests',
      { modest: 150, full: 15_000 },
      fc.asyncProperty(fc.oneof(randomBody, truncatedBody), signatureKind, timestampKind, fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), async (b, sig, tsKind, hex) => {
        const ts = tsKind === 'old' ? now() - 6 * 60 : tsKind === 'future' ? now() + 6 * 60 : tsKind === 'huge' ? 9e15 : now()
        const tsHeader = tsKind === 'text' ? 'yesterday' : tsKind === 'float' ? `${now()}.5` : String(ts)
        const signature =
          sig === 'valid' ? slackSignature(TEST_SIGNING_SECRET, ts, b.body)
            : sig === 'random' ? `v0=${hex}`
              : sig === 'wrong-secret' ? slackSignature('ffffffffffffffffffffffffffffffff', ts, b.body)
                : sig === 'other-body' ? slackSignature(TEST_SIGNING_SECRET, ts, `${b.body}x`)
                  : sig === 'no-prefix' ? slackSignature(TEST_SIGNING_SECRET, ts, b.body).slice(3)
                    : sig === 'uppercase' ? slackSignature(TEST_SIGNING_SECRET, ts, b.body).toUpperCase()
                      : ''
        const headers: Record<string, string> = { 'content-type': b.type }
        if (tsKind !== 'none') headers['x-slack-request-timestamp'] = tsHeader
        if (sig !== 'none') headers['x-slack-signature'] = signature
        const started = performance.now()
        const r = await fetch(h.eventsUrl, { method: 'POST', headers, body: b.body })
        const res = { status: r.status, text: await r.text(), json: () => undefined, ms: performance.now() - started }
        const trusted = sig === 'valid' && (tsKind === 'now' || tsKind === 'float')
        // a validly signed object whose type no listener handles is Bolt's "unhandled" (404 after 3 s); a
        // refused request runs nothing (test/slack/security.test.ts checks that nothing reaches Slack: here a
        // trusted case's handlers may still be calling Slack after its answer)
        assertSafeAnswer(res, trusted ? [200, 400, 401, 404] : [400, 401])
      }),
    )
  })
})

// ---------------------------------------------------------------------------------------------------------
// View submissions of the event form

const codes = (xs: readonly { code: string }[]) => xs.map((x) => x.code)
const junk = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', '<!channel>', "'; DROP TABLE \"Event\"; --", '=1+1', '\u202e', 'null', 'undefined', '__proto__', 'constructor'))
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 })
const oneOf = (known: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: junk, weight: 1 })
const text = (max: number) => fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: max }), fc.constantFrom('x'.repeat(max), '𠮷'.repeat(max), 'A\r\nB;C；D'))
const date = fc.oneof(
  fc.date({ min: new Date('2014-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2023-02-29', '2024-02-30', '2023-13-01', '20230101', '2023/01/01', '0000-00-00', '9999-12-31', '2023-1-1'),
  junk,
)
const number = fc.oneof(fc.integer({ min: -10, max: 2_000_000 }).map(String), fc.constantFrom('1.5', '1e3', ' 12 ', '+5', '-0', '0x10', '１２', '12.', '99999999999999999999', 'NaN', 'Infinity'), junk)

/** What a user (or a forged request) may put in each field: mostly plausible, sometimes anything. */
const typedForm: fc.Arbitrary<TypedForm> = fc.record(
  {
    titleEn: maybe(text(250)),
    titleJa: maybe(text(250)),
    startDate: maybe(date),
    endDate: maybe(date),
    office: maybe(oneOf(codes(OFFICES))),
    states: maybe(fc.array(oneOf(STATES.map((s) => s.code)), { maxLength: 6 })),
    city: maybe(text(120)),
    activityType: maybe(oneOf(codes(ACTIVITY_TYPES))),
    themes: maybe(fc.array(oneOf(codes(THEMES)), { maxLength: 4 })),
    format: maybe(oneOf(codes(FORMATS))),
    participants: maybe(number),
    partners: maybe(text(400)),
    bestPractice: maybe(fc.boolean()),
    summary: maybe(text(3200)),
    confirm: maybe(fc.array(oneOf(['out_of_area', 'duplicate']), { maxLength: 3 })),
  },
  { requiredKeys: [] },
)
/** Valid forms with a few fields replaced: these are saved, or warned about. */
const nearlyValid = fc.tuple(typedForm, fc.subarray(['titleEn', 'startDate', 'office', 'states', 'participants', 'summary', 'partners', 'format'] as const, { maxLength: 2 })).map(([random, keys]) => {
  const form: TypedForm = validForm({ startDate: '2023-05-10' })
  for (const k of keys) (form as Record<string, unknown>)[k] = random[k]
  return form
})

describe('view submissions of the event form', () => {
  let forms: Record<'en' | 'ja', Record<string, unknown>>
  beforeAll(async () => {
    forms = {
      en: (await h.openForm('U0EN', 'C0FORM')).args.view as Record<string, unknown>,
      ja: (await h.openForm('U0JA', 'C0FORM')).args.view as Record<string, unknown>,
    }
    // an event both users did not record, for edits and deletes below
    await h.submit(forms.en, { userId: 'U0EN', values: validForm({ startDate: '2023-04-03' }), viewId: 'VSEED' })
  })

  let n = 0
  it('never throws, writes only what is valid, and puts every error on a field in the user\'s language', async () => {
    await fuzz(
      'view submissions',
      { modest: 120, full: 8_000 },
      fc.asyncProperty(fc.constantFrom('en', 'ja') as fc.Arbitrary<'en' | 'ja'>, fc.oneof(typedForm, nearlyValid), async (lang, values) => {
        n += 1
        const userId = lang === 'ja' ? 'U0JA' : 'U0EN'
        const before = await stored()
        const res = await h.submit(forms[lang], { userId, values, viewId: `VFUZZ${n}` })
        assertSafeAnswer(res, [200])
        const after = await stored()
        const answer = res.text === '' ? {} : (JSON.parse(res.text) as { response_action?: string; errors?: Record<string, string> })
        if (answer.response_action === 'errors') {
          // invalid: nothing written, and every message in the user's language
          expect(after).toEqual(before)
          const messages = Object.values(answer.errors ?? {})
          expect(messages.length).toBeGreaterThan(0)
          for (const m of messages) {
            expect(m.trim()).not.toBe('')
            // English messages may quote what was typed; the message around it is English
            if (lang === 'ja') expect(m, m).toMatch(JAPANESE)
            else expect(m.replace(/"[^"]*"|“[^”]*”|`[^`]*`|'[^']*'/g, ''), m).not.toMatch(/[。、「」です]/)
          }
        } else if (answer.response_action === 'update') {
          // warnings to confirm (or "saving…" when the write outlasted the deadline)
          if (!/saving|保存中/i.test(res.text)) expect(after).toEqual(before)
        } else {
          // closed: saved — one event and its audit entry
          expect(after.events).toBe(before.events + 1)
          expect(after.audits).toBe(before.audits + 1)
        }
      }),
    )
  })

  it('never throws on view state of any shape', async () => {
    await fuzz(
      'view state shapes',
      { modest: 60, full: 4_000 },
      fc.asyncProperty(fc.constantFrom('en', 'ja') as fc.Arbitrary<'en' | 'ja'>, fc.anything({ maxDepth: 4 }), fc.string({ maxLength: 60 }), async (lang, state, metadata) => {
        n += 1
        const userId = lang === 'ja' ? 'U0JA' : 'U0EN'
        const before = await stored()
        const payload = viewSubmission({ view: forms[lang], viewId: `VSHAPE${n}`, userId, values: {} }) as { view: Record<string, unknown> }
        payload.view = { ...payload.view, state: { values: state } }
        // a forged private_metadata half the time: it must be read as "no metadata", never trusted
        if (n % 2 === 0) payload.view.private_metadata = metadata
        const res = await h.interact(payload)
        assertSafeAnswer(res, [200])
        expect(res.text).toContain('errors')
        expect(await stored()).toEqual(before)
      }),
    )
  })
})

// ---------------------------------------------------------------------------------------------------------
// Block actions

/**
 * Every button the app listens to, with the suffixes its listeners match (an action id no listener matches
 * is Bolt's "unhandled": 404 after 3 s, nothing run — not worth 3 s a case).
 */
const ACTION_IDS = [
  ACTION.editEvent, ACTION.deleteEvent, `${ACTION.listPage}:next`, `${ACTION.listPage}:0`, ACTION.openLogModal,
  `${ACTION.answerEvents}:show`, `${ACTION.answerEvents}:prev`, `${ACTION.answerEvents}:next`, `${ACTION.answerOption}:0`, `${ACTION.answerOption}:7`, ACTION.shareAnswer,
]
const actionValue = fc.oneof(
  junk,
  fc.integer({ min: -5, max: 1_000_000 }).map(String),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.record({ f: fc.anything({ maxDepth: 2 }), p: fc.oneof(fc.integer({ min: -3, max: 1e9 }), junk) }).map((v) => JSON.stringify(v)),
  fc.record({ q: fc.jsonValue({ maxDepth: 3 }), p: fc.integer({ min: -3, max: 50 }) }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 2100 }),
)

describe('block actions', () => {
  it('acknowledges random values on every button, changes nothing it may not, and never fails', async () => {
    const seeded = await h.store.db.event.findFirstOrThrow({ where: { startDate: '2023-04-03' } })
    let clicks = 0
    await fuzz(
      'block actions',
      { modest: 120, full: 8_000 },
      fc.asyncProperty(
        fc.constantFrom(...ACTION_IDS),
        fc.oneof(actionValue, fc.constant(String(seeded.id))),
        // users who recorded nothing (U0JA and U0EN record events above) and are no admins
        fc.constantFrom('U0OTHER', 'U0JAOTHER', 'W0X', 'U'),
        fc.boolean(),
        async (actionId, value, userId, withResponseUrl) => {
          clicks += 1
          const before = await stored()
          const res = await h.click({
            actionId,
            value,
            userId,
            channelId: 'C0ACT',
            ...(withResponseUrl ? { responseUrl: h.fake.responseUrl(`act${clicks}`) } : {}),
          })
          assertSafeAnswer(res, [200])
          // none of these users recorded the seeded event nor is an admin: nothing is ever written
          expect(await stored()).toEqual(before)
        },
      ),
    )
    expect(await h.store.db.event.findUnique({ where: { id: seeded.id } })).not.toBeNull()
  })

  it('leaves presses of buttons it does not know unanswered (Bolt\'s 404 after 3 s), running nothing', async () => {
    // 3 s a press: the presses of one case go at once
    const unknownId = fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom(...ACTION_IDS).map((id) => `${id}x`), fc.constantFrom(`${ACTION.answerEvents}:all`, `${ACTION.answerOption}:x`, `${ACTION.listPage}`))
      .filter((id) => !ACTION_IDS.includes(id) && !/^grassroots_list_page:|^grassroots_answer_events:(show|prev|next)$|^grassroots_answer_option:\d+$/.test(id))
    await fuzz(
      'block actions (unknown ids)',
      { modest: 1, full: 20 },
      fc.asyncProperty(fc.array(fc.tuple(unknownId, actionValue), { minLength: 10, maxLength: 10 }), async (presses) => {
        const before = await stored()
        const answers = await Promise.all(presses.map(([actionId, value]) => h.click({ actionId, value, userId: 'U0ADMIN', channelId: 'C0ACT', responseUrl: h.fake.responseUrl('unknown') })))
        for (const res of answers) assertSafeAnswer(res, [404])
        expect(await stored()).toEqual(before)
      }),
    )
  })
})
