// CPU priority of work that can wait (charts drawn on worker threads): on a machine with few cores the thread
// that accepts Slack's requests and acknowledges them must not queue behind it for a core.
import os from 'node:os'

/** The niceness of background threads: the scheduler gives them a core only after the app's own thread. */
export const BACKGROUND_NICE = 10

/**
 * Lowers the calling thread's priority to `nice` (never raises it). Linux keeps a niceness per thread, and
 * setpriority on "this process" (0) sets the calling thread's; elsewhere it would lower the whole process,
 * main thread included, so nothing is done. Returns the thread's niceness afterwards (undefined: unchanged).
 */
export function lowerThreadPriority(nice: number = BACKGROUND_NICE): number | undefined {
  if (process.platform !== 'linux') return undefined
  try {
    if (os.getPriority(0) < nice) os.setPriority(0, nice)
    return os.getPriority(0)
  } catch {
    // not permitted (a sandbox): the thread keeps its priority
    return undefined
  }
}
