/**
 * Benchmark 5 — birthdays: the daily greeting selection over 100,000 residents (solar and lunar birthdays,
 * 闰月 and 2-29 births, 政治生日) as the greeting job does it: the day's candidates (`findGreetingCandidates`
 * with the day's birthday and party-join keys, answered from the in-memory roster, models/roster-cache.ts),
 * then `selectGreetings`. Measured on several dates with the roster loaded (as in a running Linli, whose bot
 * keeps it current); the roster's load (one read of every resident) once; the whole job (with the outbox
 * writes) once; and, for reference, the pure selection over all residents and the direct database query the
 * job made before the roster. `npm run bench:birthdays` (BENCH_SCALE=0.1 for a quick run).
 */
import { Types } from 'mongoose'
import { sendBirthdayGreetings, type GreetingCandidate } from '../domain/greetings/greetings.service'
import { toLunar } from '../domain/greetings/birthdays'
import { birthdayIndexKeysOn, partyJoinIndexKeysOn } from '../domain/greetings/index-keys'
import { selectGreetings } from '../domain/greetings/select-greetings'
import { fromLocal, toLocalDate } from '../domain/time/zoned-time'
import { enqueueDeliveryWithResult } from '../models/delivery.repo'
import { findGreetingCandidates, findResidentsGroup } from '../models/outreach.repo'
import { ResidentModel } from '../models/resident.model'
import { benchEnv, scaled } from './lib/bench-env'
import { createRandom } from './lib/chat-generator'
import { below, figure, machineInfo, msSince, openBenchDb, progress, report, runAsScript, summarize, type BenchResult } from './lib/harness'
import { seedDistrict } from './lib/world'

const RESIDENTS = 100_000
const COMPOUNDS = 100
const TZ = 'Asia/Shanghai'
/** Greeting run days: an ordinary day, 2-28 of a common year (2-29 births), 春节, a 闰六月 day of 2025, 中秋, New Year's Eve. */
const DAYS = ['2026-03-15', '2026-02-28', '2026-02-17', '2025-07-30', '2026-09-25', '2026-12-31']

/** Birthday and consent fields of resident `i`: 60 % solar, 40 % lunar (some 闰月), 10 % Party members. */
function residentFields(rand: () => number) {
  return (i: number): Record<string, unknown> => {
    const lunar = rand() < 0.4
    const year = 1930 + Math.floor(rand() * 80)
    const month = 1 + Math.floor(rand() * 12)
    const day = lunar ? 1 + Math.floor(rand() * 30) : 1 + Math.floor(rand() * new Date(Date.UTC(2024, month, 0)).getUTCDate())
    const party = rand() < 0.1
    const joinYear = 1960 + Math.floor(rand() * 60)
    const joinMonth = 1 + Math.floor(rand() * 12)
    const joinDay = 1 + Math.floor(rand() * 28)
    return {
      birthday: { calendar: lunar ? 'lunar' : 'solar', ...(rand() < 0.9 ? { year } : {}), month, day, isLeapMonth: lunar && rand() < 0.03 },
      partyMember: party,
      ...(party ? { partyJoinDate: `${joinYear}-${String(joinMonth).padStart(2, '0')}-${String(joinDay).padStart(2, '0')}`, tags: ['党员'] } : {}),
      consent: { greetings: rand() < 0.7, pushes: rand() < 0.5 },
      greetingChannel: rand() < 0.8 ? 'group' : 'direct',
      ...(i % 5 === 0 ? { wechatId: undefined } : {}),
    }
  }
}

/** Runs the birthday benchmark and writes bench/results/birthdays.json. */
export async function benchBirthdays(): Promise<BenchResult> {
  const startedAt = new Date()
  const t0 = process.hrtime.bigint()
  const residents = scaled(RESIDENTS, 1000)
  const compounds = Math.min(COMPOUNDS, Math.max(1, Math.round(residents / 1000)))
  const db = await openBenchDb({ name: 'birthdays' })
  try {
    progress(`birthdays: seeding ${residents} residents in ${compounds} compounds (insertMany through the resident model)`)
    const ts = process.hrtime.bigint()
    await seedDistrict({ compounds, residentsPerCompound: Math.round(residents / compounds), resident: residentFields(createRandom(2026)) })
    const seedS = msSince(ts) / 1000
    const keyed = await ResidentModel.countDocuments({ birthdayKey: { $exists: true } })

    // The roster's first load (the first read after start-up or after COPY_MAX_STALE_MS without readers).
    const sl = process.hrtime.bigint()
    await findGreetingCandidates(['solar:01-01'], [])
    const rosterLoadMs = msSince(sl)

    // What the job read before the roster: the query over every resident (FerretDB v1 uses no index for it).
    const sq = process.hrtime.bigint()
    const firstDay = toLocalDate(fromLocal({ ...toLocalDate(new Date(`${DAYS[0]}T12:00:00+08:00`), TZ), hour: 8, minute: 30 }, TZ), TZ)
    await ResidentModel.find({
      active: true,
      'consent.greetings': true,
      $or: [{ birthdayKey: { $in: birthdayIndexKeysOn(firstDay, toLunar(firstDay)) } }, { partyMember: true, partyJoinKey: { $in: partyJoinIndexKeysOn(firstDay) } }],
    }).lean()
    const directQueryMs = msSince(sq)

    // The job's selection: the day's candidates, then selectGreetings.
    const perDay: { day: string; ms: number; queryMs: number; candidates: number; selected: number }[] = []
    for (const day of DAYS) {
      const now = fromLocal({ ...toLocalDate(new Date(`${day}T12:00:00+08:00`), TZ), hour: 8, minute: 30 }, TZ)
      const today = toLocalDate(now, TZ)
      const s = process.hrtime.bigint()
      const candidates = await findGreetingCandidates(birthdayIndexKeysOn(today, toLunar(today)), partyJoinIndexKeysOn(today))
      const queryMs = msSince(s)
      const selected = selectGreetings(candidates, now, TZ)
      const ms = msSince(s)
      perDay.push({ day, ms, queryMs, candidates: candidates.length, selected: selected.length })
      progress(`birthdays: ${day}: ${selected.length} greetings from ${candidates.length} candidates in ${ms.toFixed(0)} ms`)
    }
    const sel = summarize(perDay.map((d) => d.ms))

    // The whole job once (selection, then one outbox row per greeting).
    const jobDay = fromLocal({ year: 2026, month: 3, day: 16, hour: 8, minute: 30 }, TZ)
    const sj = process.hrtime.bigint()
    const job = await sendBirthdayGreetings({ findCandidates: findGreetingCandidates, findResidentsGroup, enqueue: enqueueDeliveryWithResult, channel: 'per-resident', tz: TZ }, jobDay)
    const jobMs = msSince(sj)

    // Reference: the pure selection over every resident, in memory (no index).
    const everyone: GreetingCandidate[] = (await ResidentModel.find({ active: true }).lean()).map((r) => ({
      id: String(r._id),
      name: r.name,
      compoundId: String(r.compoundId as Types.ObjectId),
      ...(r.birthday ? { birthday: { calendar: r.birthday.calendar, month: r.birthday.month, day: r.birthday.day, ...(r.birthday.year ? { year: r.birthday.year } : {}), ...(r.birthday.isLeapMonth ? { isLeapMonth: true } : {}) } } : {}),
      partyMember: Boolean(r.partyMember),
      ...(r.partyJoinDate ? { partyJoinDate: r.partyJoinDate } : {}),
      consent: { greetings: Boolean(r.consent?.greetings) },
      greetingChannel: r.greetingChannel === 'direct' ? 'direct' : 'group',
    }))
    const pure: number[] = []
    for (const day of DAYS) {
      const now = fromLocal({ ...toLocalDate(new Date(`${day}T12:00:00+08:00`), TZ), hour: 8, minute: 30 }, TZ)
      selectGreetings(everyone, now, TZ)
      const s = process.hrtime.bigint()
      selectGreetings(everyone, now, TZ)
      pure.push(msSince(s))
    }
    const pureSummary = summarize(pure)

    const result: BenchResult = {
      name: 'birthdays',
      title: `Birthdays: daily greeting selection over ${residents.toLocaleString('en-US')} residents`,
      scale: benchEnv.BENCH_SCALE,
      startedAt: startedAt.toISOString(),
      durationS: msSince(t0) / 1000,
      machine: machineInfo(db.description),
      figures: [
        figure('daily selection, worst day (roster + select)', sel.max, 'ms', below(500)),
        figure('daily selection, median day', sel.p50, 'ms'),
        figure('roster load (first read, every resident)', rosterLoadMs, 'ms'),
        figure('direct database query (before the roster)', directQueryMs, 'ms'),
        figure('greetings selected per day (mean)', perDay.reduce((a, d) => a + d.selected, 0) / perDay.length, 'residents'),
        figure('whole job incl. outbox writes', jobMs, 'ms'),
        figure('pure selectGreetings over all, median', pureSummary.p50, 'ms'),
        figure('seeding', seedS, 's'),
      ],
      params: { residents, compounds, days: DAYS, timeZone: TZ, residentsWithBirthdayKey: keyed },
      notes: [
        '60 % solar and 40 % lunar birthdays (3 % of them in a 闰月), 10 % Party members, 70 % consent to greetings',
        'the daily selection reads the in-memory roster, loaded once and kept current by writes in the process; a job on an instance whose roster nobody read for 30 minutes waits for the roster load first',
      ],
      details: { perDay, job, pureMs: pure },
    }
    report(result)
    return result
  } finally {
    await db.close()
  }
}

if (require.main === module) runAsScript(benchBirthdays)
