import { describe, expect, it } from 'vitest'
import { JobRunner } from './jobRunner'

describe('job runner', () => {
  it('reports progress and the result', async () => {
    const runner = new JobRunner()
    const started = runner.start('count', async (control) => {
      let sum = 0
      for (let i = 0; i < 5; i++) {
        sum += i
        control.progress((i + 1) / 5, `step ${i + 1}`)
        await control.breathe()
      }
      return sum
    })
    expect(started.state).toBe('running')
    const done = await runner.wait(started.id)
    expect(done).toMatchObject({ state: 'done', progress: 1, result: 10 })
  })

  it('cancels a job between slices and keeps the process responsive', async () => {
    const runner = new JobRunner()
    let slices = 0
    const started = runner.start('spin', async (control) => {
      for (;;) {
        const until = Date.now() + 50
        while (Date.now() < until) slices += 0
        slices++
        await control.breathe()
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 120))
    runner.cancel(started.id)
    const finished = await runner.wait(started.id)
    expect(finished.state).toBe('cancelled')
    expect(slices).toBeGreaterThan(0)
  })

  it('turns a failure into a typed error', async () => {
    const runner = new JobRunner()
    const started = runner.start('fail', async () => {
      throw new Error('boom')
    })
    const finished = await runner.wait(started.id)
    expect(finished.state).toBe('failed')
    expect(finished.error).toEqual({ code: 'INTERNAL', message: 'fail failed unexpectedly; nothing was changed' })
  })
})
