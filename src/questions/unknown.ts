// Why a question gets no figure (shared by the parser, the language model and the answer's wording).
import { z } from 'zod'

/**
 * Why a question gets no figure. `unused_words`: the question holds words no part of the query would use
 * (a city, a negation, "Q2"…); answering without them would answer a broader question, so there is no
 * figure, and the words are named. `future`: the question asks about a period that has not begun on the as-of
 * date ("events in FY2025", "how many will there be"): recorded events say nothing of it.
 */
export const unknownReasonSchema = z.enum(['out_of_scope', 'empty', 'not_understood', 'unused_words', 'future'])
export type UnknownReason = z.infer<typeof unknownReasonSchema>

/** The most words an unused_words result names (a longer question is refused with the first ones). */
export const MAX_UNUSED_WORDS = 10
