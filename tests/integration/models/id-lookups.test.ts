import mongoose, { Types } from 'mongoose'
import { useTestDatabase } from '../../helpers/db'

/*
 * The embedded FerretDB is built with patches that push `{ _id }` and `{ _id: { $in } }` down to SQLite
 * (lib/embedded-db.ts SQLITE_PATCHES). A pushdown only narrows the rows SQLite returns; these tests pin that
 * the answers stay those of MongoDB's semantics, whatever mix of id types and extra conditions a filter has.
 */
describe('_id look-ups on the test database', () => {
  useTestDatabase()
  const coll = () => mongoose.connection.db!.collection<any>('id_lookups')
  const oids = Array.from({ length: 6 }, () => new Types.ObjectId())

  beforeAll(async () => {
    await coll().insertMany([
      ...oids.map((_id, n) => ({ _id, n, tag: n % 2 ? 'odd' : 'even' })),
      { _id: 'text-a', n: 10, tag: 'odd' },
      { _id: 'text-b', n: 11 },
      { _id: 42, n: 12 },
      { _id: { nested: 1 }, n: 13 },
    ] as any[])
  })

  const ns = async (filter: Record<string, unknown>) => (await coll().find(filter).toArray()).map((d) => d.n).sort((a, b) => a - b)

  it('$in › when given ObjectIds › then exactly those documents come back, missing ids ignored', async () => {
    expect(await ns({ _id: { $in: [oids[0], oids[3], new Types.ObjectId()] } })).toEqual([0, 3])
  })

  it('$in › when ObjectIds and strings are mixed › then each matches only its own type', async () => {
    expect(await ns({ _id: { $in: [oids[1], 'text-b', 'no-such'] } })).toEqual([1, 11])
    expect(await ns({ _id: { $in: [oids[5]] } })).toEqual([5])
    // SQLite sees an ObjectId and the string of its hex alike; FerretDB's own filter tells them apart.
    expect(await ns({ _id: { $in: [oids[5].toHexString()] } })).toEqual([])
  })

  it('$in › when the list holds a number or a document (not pushed down) › then those still match', async () => {
    expect(await ns({ _id: { $in: [42, 'text-a'] } })).toEqual([10, 12])
    expect(await ns({ _id: { $in: [{ nested: 1 }, oids[2]] } })).toEqual([2, 13])
  })

  it('$in › when combined with another condition › then both apply', async () => {
    expect(await ns({ _id: { $in: [oids[0], oids[1], oids[2], 'text-a'] }, tag: 'odd' })).toEqual([1, 10])
    expect(await ns({ $and: [{ _id: { $in: oids } }, { n: { $gte: 4 } }] })).toEqual([4, 5])
  })

  it('$in › when the list is empty, or $in sits beside another operator › then the answers follow MongoDB', async () => {
    expect(await ns({ _id: { $in: [] } })).toEqual([])
    expect(await ns({ _id: { $in: [oids[0], oids[1]], $ne: oids[0] } })).toEqual([1])
  })

  it('{ _id } › when looked up by value › then one document, by its own type', async () => {
    expect(await ns({ _id: oids[4] })).toEqual([4])
    expect(await ns({ _id: 'text-a' })).toEqual([10])
  })

  it('updates and deletes by $in › when run › then only the listed documents change', async () => {
    await coll().updateMany({ _id: { $in: [oids[0], 'text-b'] } }, { $set: { tag: 'updated' } })
    expect(await ns({ tag: 'updated' })).toEqual([0, 11])
    await coll().deleteMany({ _id: { $in: [oids[0], 'text-b'] } })
    expect(await ns({})).toEqual([1, 2, 3, 4, 5, 10, 12, 13])
  })
})
