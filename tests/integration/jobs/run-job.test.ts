import { catchUpJobs, fireJob } from '../../../jobs'
import type { JobContext, JobDefinition } from '../../../jobs/job'
import { jobLeaseKey, runScheduledOnce } from '../../../jobs/run-job'
import { loadConfig } from '../../../lib/config'
import { claimHolder, tryClaim } from '../../../models/claim.model'
import { uniqueId, useTestDatabase } from '../../helpers/db'
import pino from 'pino'

useTestDatabase()

const claims = { tryClaim, claimHolder }
const config = loadConfig({ NODE_ENV: 'test' })
const ctx = (instanceId: string): JobContext => ({ config, instanceId, claims, log: pino({ level: 'silent' }) })

function countingJob(overrides: Partial<JobDefinition> = {}): JobDefinition & { runs: Date[] } {
  const runs: Date[] = []
  return { name: uniqueId('job'), cron: '30 8 * * *', catchUpMs: 6 * 3600_000, leaseMs: 10 * 60_000, run: async (now) => void runs.push(now), runs, ...overrides }
}

describe('scheduled runs across instances', () => {
  it('fireJob › when two instances fire the same minute › then the use case runs once', async () => {
    // Arrange
    const job = countingJob()
    const now = new Date('2026-03-10T00:30:02Z') // 08:30 in Shanghai
    // Act
    const outcomes = await Promise.all([fireJob(job, ctx('a'), now), fireJob(job, ctx('b'), now), fireJob(job, ctx('c'), now)])
    // Assert
    expect(job.runs).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1)
    expect((await claimHolder(jobLeaseKey(job.name, '2026-03-10T08:30')))?.expiresAt).toEqual(new Date(now.getTime() + 10 * 60_000))
  })

  it('catchUpJobs › when the holder crashed mid-run › then after its lease expires another instance takes over, once', async () => {
    // Arrange: instance a took the 08:30 lease and died
    const job = countingJob()
    const firedAt = new Date('2026-03-11T00:30:00Z')
    await tryClaim(jobLeaseKey(job.name, '2026-03-11T08:30'), 'a', firedAt, new Date(firedAt.getTime() + job.leaseMs))
    // Act
    const whileHeld = await catchUpJobs([job], ctx('b'), new Date(firedAt.getTime() + 5 * 60_000))
    const afterExpiry = await Promise.all([
      catchUpJobs([job], ctx('b'), new Date(firedAt.getTime() + 11 * 60_000)),
      catchUpJobs([job], ctx('c'), new Date(firedAt.getTime() + 11 * 60_000)),
    ])
    const later = await catchUpJobs([job], ctx('c'), new Date(firedAt.getTime() + 30 * 60_000))
    // Assert
    expect(whileHeld[job.name]).toBe('held')
    expect(afterExpiry.map((o) => o[job.name]).sort()).toEqual(['held', 'ran'])
    expect(later[job.name]).toBe('done')
    expect(job.runs).toHaveLength(1)
  })

  it('catchUpJobs › when the scheduled minute is older than the catch-up window › then nothing runs', async () => {
    // Arrange
    const job = countingJob()
    // Act
    const outcome = await catchUpJobs([job], ctx('a'), new Date('2026-03-12T08:00:00Z')) // 16:00, 7.5 h after 08:30
    // Assert
    expect(outcome[job.name]).toBe('skipped')
    expect(job.runs).toHaveLength(0)
  })

  it('runScheduledOnce › when the run throws › then it is not marked done and can be retried after the lease', async () => {
    // Arrange
    const name = uniqueId('job')
    const now = new Date('2026-03-13T00:30:00Z')
    let calls = 0
    const run = async () => {
      calls++
      if (calls === 1) throw new Error('database hiccup')
    }
    // Act
    await expect(runScheduledOnce({ name, runKey: 'k', instanceId: 'a', now, leaseMs: 60_000, claims, run })).rejects.toThrow('database hiccup')
    const retried = await runScheduledOnce({ name, runKey: 'k', instanceId: 'b', now: new Date(now.getTime() + 61_000), leaseMs: 60_000, claims, run })
    // Assert
    expect(retried).toBe('ran')
    expect(calls).toBe(2)
  })
})
