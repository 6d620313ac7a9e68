import mongoose, { Types } from 'mongoose'
import { getLogger } from '../lib/logger'
import { RequestModel } from './request.model'

/*
 * What a group was saying around a report, captured as it happens: a request made from a group message stores
 * the `_id`s of the room's last messages before it (`contextRowIds`), and the room's next messages are added as
 * they are stored. The console's detail page then reads them by `_id`; looking for them by room and time read the
 * whole conversation log on the embedded database (FerretDB v1 uses no index but `_id`), 242 s at a million rows.
 *
 * Collected in this process's memory: messages stored before a restart are not known to it, so a request made just
 * after one has fewer messages before it. Messages after a report are written to the request once AFTER_REPORT
 * have been seen, when WATCH_MS has passed, at shutdown ({@link flushRoomContext}), and what has come in so far
 * every CONTEXT_SAVE_S (30 s), so a process that is killed loses at most what came in since. After a restart the
 * reports of the last WATCH_MS are watched again ({@link resumeRoomWatches}) for the messages they still lack.
 */

/** Messages kept from before a report (the report itself is the last one the room saw). */
export const BEFORE_REPORT = 6
/** Messages added after a report. */
export const AFTER_REPORT = 10
/** How long after a report its room is watched. */
export const WATCH_MS = 30 * 60_000
/**
 * How often the messages collected after reports are saved while their watches go on (CONTEXT_SAVE_S). Each save
 * rewrites a request, so a short interval costs intake: at 5 s the intake benchmark's burst ran a fifth to a quarter
 * slower than at 30 s (several saves per report while its room filled, instead of one at the end).
 */
const DEFAULT_CONTEXT_SAVE_MS = 30_000
let contextSaveMs = DEFAULT_CONTEXT_SAVE_MS

/** Sets the interval of the periodic saves (main.ts, from CONTEXT_SAVE_S; tests); a running timer takes it at once. */
export function setContextSaveMs(ms: number): void {
  contextSaveMs = Math.max(100, ms)
  if (saver) {
    clearInterval(saver)
    saver = undefined
    keepSaving()
  }
}
/** Rooms remembered (the least recently active are forgotten first). */
const MAX_ROOMS = 10_000

interface Watch {
  requestId: Types.ObjectId
  roomId: string
  /** Messages after the report seen by this process. */
  ids: Types.ObjectId[]
  /** How many of `ids` are written to the request (or being written). */
  saved: number
  /** Messages after the report the request had before this process watched it (a resumed watch). */
  before: number
  until: number
}

const isComplete = (w: Watch) => w.before + w.ids.length >= AFTER_REPORT

const recent = new Map<string, Types.ObjectId[]>()
/** Row `_id`s of the latest incoming messages by WeChat message id, for the request a report becomes. */
const rowsByMessage = new Map<string, Types.ObjectId>()
const MAX_MESSAGES = 5000
const watches = new Map<string, Watch>()

/** Watches whose messages are being written to their requests (still shown by {@link pendingContextOf}). */
const flushing = new Map<string, Types.ObjectId[]>()

/** Writes the watch's messages not written yet; they count as written from the start, and again as unwritten if it fails. */
async function save(w: Watch): Promise<void> {
  const from = w.saved
  const ids = w.ids.slice(from)
  if (!ids.length) return
  w.saved = w.ids.length
  try {
    await RequestModel.updateOne({ _id: w.requestId }, { $push: { contextRowIds: { $each: ids } } }, { timestamps: false })
  } catch (err) {
    w.saved = Math.min(w.saved, from)
    throw err
  }
}

async function flush(w: Watch): Promise<void> {
  const id = String(w.requestId)
  if (watches.get(id) === w) watches.delete(id)
  if (w.saved >= w.ids.length) return
  flushing.set(id, w.ids)
  try {
    await save(w)
  } catch (err) {
    // The context is a convenience for the console: a failed write loses those lines, nothing else.
    getLogger('db').warn({ err, requestId: id }, 'could not store the messages after a report')
  } finally {
    if (flushing.get(id) === w.ids) flushing.delete(id)
  }
}

let saver: ReturnType<typeof setInterval> | undefined
/** Saves the progress of every watch every contextSaveMs while there are watches. */
function keepSaving(): void {
  if (saver) return
  saver = setInterval(() => {
    if (!watches.size) {
      clearInterval(saver)
      saver = undefined
      return
    }
    // A save still running (a slow database) is not doubled; the next tick takes what is left.
    if (!savingNow) track(saveProgress())
  }, contextSaveMs)
  saver.unref()
}

/**
 * Writes what every watch has collected so far (the watches go on); a failure is retried at the next save. While
 * the database connection is down nothing is tried (no warning every few seconds per watch); what a watch saw is
 * kept and saved once it is back.
 */
export async function saveProgress(): Promise<void> {
  // One save at a time, and one write at a time within it: after a burst hundreds of watches may each have a few
  // new lines, and writing them all at once would queue every incoming message behind them on the embedded
  // database's single writer. A call during a save runs after it.
  const previous = savingNow ?? Promise.resolve()
  const current = previous.then(saveEachWatch)
  savingNow = current
  try {
    await current
  } finally {
    if (savingNow === current) savingNow = undefined
  }
}

let savingNow: Promise<void> | undefined

async function saveEachWatch(): Promise<void> {
  for (const w of [...watches.values()]) {
    if (mongoose.connection.readyState !== mongoose.ConnectionStates.connected) return
    // save() returns at once for a watch with nothing new.
    await save(w).catch((err: unknown) => getLogger('db').warn({ err, requestId: String(w.requestId) }, 'could not save the messages after a report yet'))
  }
}

/**
 * Records that a message of `roomId` was stored under `rowId`, adds it to the reports its room is watched for, and
 * writes the watches that are complete or expired (in any room).
 */
export async function noteRoomMessage(roomId: string | undefined, rowId: Types.ObjectId, opts: { wechatMessageId?: string; now?: number } = {}): Promise<void> {
  const now = opts.now ?? Date.now()
  if (opts.wechatMessageId) rememberRowOfMessage(opts.wechatMessageId, rowId)
  if (!roomId) return
  const list = recent.get(roomId) ?? []
  recent.delete(roomId)
  recent.set(roomId, [...list, rowId].slice(-BEFORE_REPORT))
  if (recent.size > MAX_ROOMS) recent.delete(recent.keys().next().value as string)
  const done: Watch[] = []
  for (const w of watches.values()) {
    if (w.roomId === roomId && now < w.until) w.ids.push(rowId)
    if (isComplete(w) || now >= w.until) done.push(w)
  }
  // Written in the background: the message being handled does not wait for other requests' context.
  for (const w of done) track(flush(w))
}

const writing = new Set<Promise<void>>()
function track(p: Promise<void>): void {
  writing.add(p)
  void p.finally(() => writing.delete(p))
}

/** Remembers the row of an incoming message (the last MAX_MESSAGES), for {@link rowOfMessage}. */
export function rememberRowOfMessage(wechatMessageId: string, rowId: Types.ObjectId): void {
  rowsByMessage.delete(wechatMessageId)
  rowsByMessage.set(wechatMessageId, rowId)
  if (rowsByMessage.size > MAX_MESSAGES) rowsByMessage.delete(rowsByMessage.keys().next().value as string)
}

/** The row of a recent incoming message of this process, by its WeChat id, or undefined. */
export function rowOfMessage(wechatMessageId: string | undefined): Types.ObjectId | undefined {
  return wechatMessageId ? rowsByMessage.get(wechatMessageId) : undefined
}

/** The `_id`s of the room's latest messages (the report last), for a request being made from it. */
export function contextBeforeReport(roomId: string | undefined): Types.ObjectId[] {
  return roomId ? [...(recent.get(roomId) ?? [])] : []
}

/** Watches the room for the messages after a report that became request `requestId`. */
export function watchRoomAfterReport(roomId: string | undefined, requestId: Types.ObjectId, now = Date.now()): void {
  if (!roomId) return
  watches.set(String(requestId), { requestId, roomId, ids: [], saved: 0, before: 0, until: now + WATCH_MS })
  keepSaving()
}

/** A request made from a group message, as {@link resumeRoomWatches} needs it. */
export interface ReportedInRoom {
  id: Types.ObjectId
  roomId: string
  createdAt: Date
  contextRowIds: readonly unknown[]
  /** The report's own row (the first linked row), when known. */
  reportRowId?: unknown
}

/**
 * How many messages after the report a request's context holds: those after the report's row, or, without it,
 * those beyond the BEFORE_REPORT messages before it.
 */
export function afterReportCount(contextRowIds: readonly unknown[], reportRowId: unknown): number {
  const ids = contextRowIds.map(String)
  const at = reportRowId === undefined ? -1 : ids.indexOf(String(reportRowId))
  return at >= 0 ? ids.length - at - 1 : Math.max(0, ids.length - BEFORE_REPORT)
}

/**
 * After a restart: watches again the rooms of requests reported less than WATCH_MS ago whose context still lacks
 * messages after the report (a killed process saved only part of them). Returns how many are watched again.
 */
export function resumeRoomWatches(requests: readonly ReportedInRoom[], now = Date.now()): number {
  let resumed = 0
  for (const r of requests) {
    const id = String(r.id)
    const until = r.createdAt.getTime() + WATCH_MS
    const before = afterReportCount(r.contextRowIds, r.reportRowId)
    if (watches.has(id) || until <= now || before >= AFTER_REPORT) continue
    watches.set(id, { requestId: r.id, roomId: r.roomId, ids: [], saved: 0, before, until })
    resumed++
  }
  if (resumed) keepSaving()
  return resumed
}

/** True when the room's messages are being collected for the request (its next message will be among them). */
export function isWatching(requestId: string, roomId: string | undefined): boolean {
  const w = watches.get(requestId)
  return Boolean(w && roomId && w.roomId === roomId && !isComplete(w))
}

/** Messages after a report seen so far by this process, written to the request or not (the detail page adds them). */
export function pendingContextOf(requestId: string): Types.ObjectId[] {
  return [...(watches.get(requestId)?.ids ?? flushing.get(requestId) ?? [])]
}

/** Waits for the writes already started in the background (not for watches still collecting). */
export async function settleRoomContext(): Promise<void> {
  await Promise.all([...writing])
}

/** Writes every watched report's messages so far (at shutdown). */
export async function flushRoomContext(): Promise<void> {
  await Promise.all([...[...watches.values()].map(flush), ...writing])
}
