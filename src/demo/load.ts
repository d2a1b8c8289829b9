// Fills a database with the generated demo dataset: used by `grassroots demo` and by the startup benchmark.
import { DEFAULT_DEMO_SEED, generateDemoDataset } from './generate.ts'
import type { Db } from '../store/client.ts'
import { setBudget } from '../store/budgets.ts'
import { resetEventData, setDemoCosts, setDemoRecordedAt } from '../store/demo-data.ts'
import { DEMO_BUDGET, demoCosts } from './costs.ts'
import { createEvents } from '../store/events.ts'
import { setCategory } from '../store/best-practice-categories.ts'
import { SEED_BEST_PRACTICE_CATEGORIES } from '../domain/best-practice-category.ts'

/**
 * Empties the event data of `db`, then writes the demo dataset of `seed` (default {@link DEFAULT_DEMO_SEED}:
 * 1,115 GENERATED events, FY2017–FY2022) with its recording dates, costs on some FY2021–FY2022 events, the
 * FY2023 budget of the task force's report (src/demo/costs.ts; other budgets are removed) and the report's four
 * best-practice categories (SEED_BEST_PRACTICE_CATEGORIES; other categories are removed). Returns how many
 * events were created.
 * Asking before replacing real data is the caller's job.
 */
export async function loadDemoData(db: Db, options: { seed?: number } = {}): Promise<{ created: number }> {
  await resetEventData(db)
  // the categories before the events that name them; no event is left to use another one
  await db.bestPracticeCategory.deleteMany({})
  for (const c of SEED_BEST_PRACTICE_CATEGORIES) await setCategory(db, { ...c, actor: 'demo' })
  const dataset = generateDemoDataset({ seed: options.seed ?? DEFAULT_DEMO_SEED })
  const created = await createEvents(db, {
    events: dataset.events.map((e) => ({ data: e.data, sourceKey: e.sourceKey })),
    actor: 'demo',
    source: 'demo',
  })
  await setDemoRecordedAt(db, dataset.events.map((e) => ({ sourceKey: e.sourceKey, recordedAt: e.recordedAt })))
  await setDemoCosts(db, demoCosts(dataset.events, dataset.seed))
  await db.budget.deleteMany({})
  await setBudget(db, { ...DEMO_BUDGET, actor: 'demo' })
  return { created: created.created }
}
