// A lane for work that comes after a request's ack (answering a question, a list): at most `concurrency` jobs
// run at once, the rest wait in order, and a job starts only after the event loop has polled for I/O
// (setImmediate). The app has one JavaScript thread: every step of every job in hand runs between two
// looks at the network, so 100 answers started at once would hold each new request (a save whose answer
// *is* its ack, a command or event waiting for its 200) behind 100 steps of other work. With the lane, a
// turn of the loop runs at most `concurrency` steps of after-ack work besides what the requests need.

export interface Lane {
  /** Runs `job` when a place is free (its outcome, or its error, is the caller's). */
  run<T>(job: () => Promise<T>): Promise<T>
  /** Jobs running now. */
  readonly running: number
  /** Jobs waiting for a place. */
  readonly waiting: number
}

/** Answers computed at once by one process (SQLite's reads and Prisma's work are on the main thread). */
export const AFTER_ACK_CONCURRENCY = 2

export function createLane(options: { concurrency: number }): Lane {
  const concurrency = Math.max(1, Math.floor(options.concurrency))
  const queue: Array<() => void> = []
  let running = 0

  const next = (): void => {
    if (running >= concurrency) return
    const start = queue.shift()
    if (start === undefined) return
    running += 1
    // after the loop's next look at the network: requests that arrived meanwhile go first
    setImmediate(start)
  }

  return {
    get running() {
      return running
    },
    get waiting() {
      return queue.length
    },
    run<T>(job: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push(() => {
          let done: Promise<T>
          try {
            done = job()
          } catch (e) {
            done = Promise.reject(e)
          }
          void done.then(resolve, reject).finally(() => {
            running -= 1
            next()
          })
        })
        next()
      })
    },
  }
}
