import { mongo } from 'mongoose'
import { isTransientDbError } from '../../../models/common'

/*
 * Which database errors mean "try again when the database is back" (the bot keeps the message queued, the API
 * answers 503) and which are about the data itself.
 */
describe('isTransientDbError', () => {
  it('when the driver cannot reach the server (network, selection, mongoose buffering) › then it is transient', () => {
    expect(isTransientDbError(new mongo.MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017'))).toBe(true)
    expect(isTransientDbError(Object.assign(new Error('x'), { name: 'MongooseServerSelectionError' }))).toBe(true)
    expect(isTransientDbError(Object.assign(new Error('Operation `messages.insertOne()` buffering timed out after 10000ms'), { name: 'MongooseError' }))).toBe(true)
    expect(isTransientDbError(new Error('wrapped', { cause: new mongo.MongoNetworkError('socket closed') }))).toBe(true)
  })

  it('when a bulk insert could not be sent at all › then it is transient; when the server refused rows › then it is not', () => {
    const unsent = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27323'), { name: 'MongoBulkWriteError', writeErrors: [], errorResponse: { reason: { type: 'Single' } } })
    const refused = Object.assign(new Error('E11000 duplicate key error'), { name: 'MongoBulkWriteError', writeErrors: [{ index: 0, code: 11000 }] })
    const invalid = Object.assign(new Error('document too large'), { name: 'MongoBulkWriteError', writeErrors: [] })
    expect(isTransientDbError(unsent)).toBe(true)
    expect(isTransientDbError(refused)).toBe(false)
    expect(isTransientDbError(invalid)).toBe(false)
  })

  it('when the error is about the data (a duplicate key, a validation) › then it is not transient', () => {
    expect(isTransientDbError(Object.assign(new Error('E11000'), { name: 'MongoServerError', code: 11000 }))).toBe(false)
    expect(isTransientDbError(new Error('validation failed'))).toBe(false)
    expect(isTransientDbError(undefined)).toBe(false)
  })
})
