import type { Db } from '../../../db/open'

/** Tries after an error (a statement of another job busy on the connection) before giving up. */
const RETRIES = 20

/**
 * Long reads of the main process done a step at a time between other work, so requests keep
 * being answered meanwhile. A step never runs inside an open transaction (it would read
 * changes that may yet be rolled back), and the task never keeps the process alive (the CLI
 * exits when its own work is done).
 */
export class BackgroundTask {
  private steps: Generator<void, void> | null = null
  private scheduled = false
  private failures = 0

  constructor(
    private readonly db: Db,
    private readonly make: () => Generator<void, void>,
    private readonly onFailure: (error: unknown) => void
  ) {}

  get running(): boolean {
    return this.steps !== null
  }

  /** Starts from the beginning (dropping a run under way). */
  start(): void {
    this.steps = this.make()
    this.failures = 0
    this.schedule(0)
  }

  stop(): void {
    this.steps = null
  }

  /** Runs what is left (or all of it) now, synchronously. */
  runToEnd(): void {
    const steps = this.steps ?? this.make()
    this.steps = steps
    while (this.steps === steps && !steps.next().done);
    if (this.steps === steps) this.steps = null
  }

  private schedule(delayMs: number): void {
    if (this.scheduled) return
    this.scheduled = true
    const run = (): void => {
      this.scheduled = false
      this.step()
    }
    ;(delayMs > 0 ? setTimeout(run, delayMs) : setImmediate(run)).unref()
  }

  private step(): void {
    const steps = this.steps
    if (!steps || !this.db.open) return
    if (this.db.inTransaction) return this.schedule(10)
    try {
      if (steps.next().done) {
        if (this.steps === steps) this.steps = null
      } else this.schedule(0)
    } catch (error) {
      // The generator is finished by its error: start over a little later, or give up.
      if (++this.failures > RETRIES) {
        this.steps = null
        this.onFailure(error)
      } else {
        this.steps = this.make()
        this.schedule(50)
      }
    }
  }
}
