import { Schema } from 'mongoose'

/** Building / unit / floor / room, as Arabic-numeral strings (以房找人). */
export const locationSchema = new Schema(
  {
    building: { type: String, trim: true, maxlength: 20 },
    unit: { type: String, trim: true, maxlength: 20 },
    floor: { type: String, trim: true, maxlength: 20 },
    room: { type: String, trim: true, maxlength: 20 },
  },
  { _id: false },
)

/** Who did something: a resident, a worker, the bot or the system. */
export const actorSchema = new Schema(
  {
    kind: { type: String, enum: ['resident', 'worker', 'admin', 'bot', 'system'], required: true },
    id: { type: String },
    name: { type: String, maxlength: 100 },
  },
  { _id: false },
)

/** A mainland mobile number (11 digits starting with 1) or a landline with area code. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
/** YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** True when `err` is MongoDB's duplicate-key error (E11000): a unique index refused the write. */
export function isDuplicateKeyError(err: unknown): boolean {
  return (err as { code?: number } | null)?.code === 11000
}

/** Driver errors that mean "the database is unreachable right now", not "the operation is wrong". */
const TRANSIENT_DB_ERRORS = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
])
/** Server error codes of a MongoDB that is shutting down or changing primaries (HostUnreachable … PrimarySteppedDown). */
const TRANSIENT_DB_CODES = new Set([6, 7, 89, 91, 189, 10107, 11600, 11602, 13435])

/**
 * True when `err` (or an error in its `cause` chain) says the database could not be reached — the
 * server stopped, restarted or is unreachable — so the same operation may succeed later. Such a
 * failure says nothing about the data: callers retry instead of recording a failure.
 */
export function isTransientDbError(err: unknown): boolean {
  let current: unknown = err
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, message, cause } = current as { name?: unknown; message?: unknown; cause?: unknown }
    if (typeof name === 'string' && TRANSIENT_DB_ERRORS.has(name)) return true
    if (typeof name === 'string' && name.startsWith('Mongo') && TRANSIENT_DB_CODES.has((current as { code?: unknown }).code as number)) return true
    // mongoose's own wait for a connection: "Operation `messages.insertOne()` buffering timed out after 10000ms"
    if (name === 'MongooseError' && typeof message === 'string' && /buffering timed out/.test(message)) return true
    // A bulk insert the driver could not send: it wraps the server-selection or network failure as a bulk write
    // error with no row refused ("connect ECONNREFUSED …", its topology in `errorResponse.reason`).
    if (name === 'MongoBulkWriteError' && isUnsentBulk(current)) return true
    current = cause
  }
  return false
}

/** A bulk write error that refused no row and carries a connection failure instead of a server's answer. */
function isUnsentBulk(err: object): boolean {
  const { writeErrors, errorResponse, message } = err as { writeErrors?: unknown; errorResponse?: { reason?: unknown }; message?: unknown }
  const refusedRows = Array.isArray(writeErrors) ? writeErrors.length : writeErrors ? 1 : 0
  if (refusedRows > 0) return false
  return Boolean(errorResponse?.reason) || (typeof message === 'string' && /ECONNREFUSED|ECONNRESET|EPIPE|connection .*closed|timed out|Server selection/i.test(message))
}
