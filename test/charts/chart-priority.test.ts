// Charts are drawn on threads of lower CPU priority than the app's own thread: on two cores, a chart being
// drawn must not take the core the thread acknowledging Slack's requests needs. Linux keeps a niceness per
// thread (/proc/self/task/<tid>/stat, field 19).
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { barChartSpec } from '../../src/charts/bar-charts.ts'
import { createChartRenderer } from '../../src/charts/renderer.ts'
import { BACKGROUND_NICE } from '../../src/runtime/priority.ts'

/** Every thread of this process with its niceness. */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>()
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      // fields after the command name (which may hold spaces) start at field 3; niceness is field 19
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out.set(Number(tid), Number(fields[16]))
    } catch {
      // a thread that ended meanwhile
    }
  }
  return out
}

describe('chart threads', () => {
  it('draw at a lower priority than the main thread, which keeps its own', async () => {
    const mainNice = threadNices().get(process.pid)
    const before = [...threadNices().values()].filter((n) => n >= BACKGROUND_NICE).length
    const charts = createChartRenderer({ threads: 2 })
    try {
      // two at once: both threads of the pool start
      const spec = barChartSpec({ bars: [{ label: '2022年度', value: 1 }], title: 't', xTitle: 'x', yTitle: 'y', source: 's' })
      const drawn = await Promise.all([charts.render(spec), charts.render(spec)])
      expect(drawn.every((c) => c.png.length > 0)).toBe(true)
      const nices = threadNices()
      const lowered = [...nices.values()].filter((n) => n >= BACKGROUND_NICE).length
      expect(lowered - before).toBeGreaterThanOrEqual(1)
      // the main thread (its tid is the process id) was not lowered with them
      expect(nices.get(process.pid)).toBe(mainNice)
      expect(mainNice).toBeLessThan(BACKGROUND_NICE)
    } finally {
      await charts.close()
    }
  }, 60_000)
})
