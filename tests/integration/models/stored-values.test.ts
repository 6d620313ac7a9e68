import mongoose from 'mongoose'
import { useTestDatabase } from '../../helpers/db'

const { ObjectId, Int32, Long, Double, BSON } = mongoose.mongo

/*
 * The embedded FerretDB is built with patches that read stored documents faster (lib/embedded-db.ts
 * FERRETDB_PATCHES, lib/ferretdb/linli_sjson_fast.go): common scalars are decoded directly, schemas are shared
 * between documents of one shape, and a find without a projection returns the stored document as it is.
 * These tests pin that every value comes back with the type and the value it was written with — the fast
 * paths and the cases they hand back to FerretDB's own decoder alike — and that field order is kept.
 */
describe('values stored and read back on the test database', () => {
  useTestDatabase()
  const coll = () => mongoose.connection.db!.collection<any>('stored_values')
  /** Canonical extended JSON keeps every BSON type apart (int32, int64, double, date, ObjectId …). */
  const canonical = (doc: unknown) => BSON.EJSON.stringify(doc, { relaxed: false })
  const readRaw = async (filter: Record<string, unknown>, projection?: Record<string, unknown>) =>
    coll().findOne(filter, { promoteValues: false, promoteLongs: false, projection })

  const strings = [
    '',
    'plain text',
    '14层的楼道灯坏了，麻烦看看 👍🏻🙏',
    'with "quotes" and a back\\slash',
    'line\nbreak\tand tab\r',
    'control \u0001 \u001f characters',
    'separators \u2028 \u2029 and \u00a0 nbsp',
    '<script>&amp;</script>',
    '0123456789abcdef01234567', // 24 hex characters, stored as a string, not an ObjectId
  ]

  it('strings › when they have escapes, emoji, control characters or look like ids › then each comes back unchanged and still a string', async () => {
    const doc = { _id: 'strings', list: strings, ...Object.fromEntries(strings.map((s, i) => [`s${i}`, s])) }
    await coll().insertOne(doc)
    const back = await readRaw({ _id: 'strings' })
    expect(canonical(back)).toBe(canonical(doc))
    expect(typeof back!.s8).toBe('string')
  })

  it('numbers and dates › when written with each BSON type at its edges › then types and values survive', async () => {
    const doc = {
      _id: new ObjectId(),
      int32: [new Int32(0), new Int32(-1), new Int32(2147483647), new Int32(-2147483648)],
      int64: [Long.fromString('9007199254740993'), Long.fromString('-9223372036854775808'), Long.fromNumber(5), Long.fromNumber(2147483648)],
      double: [new Double(3), new Double(1.5), new Double(-2.25), new Double(1e300), new Double(5e-324)], // -0 comes back as 0 from FerretDB v1, patched or not
      dates: [new Date(0), new Date(-1), new Date('1900-02-28T23:59:59.999Z'), new Date('2026-11-22T05:30:00.123Z'), new Date(253402300799999)],
      flags: [true, false],
      nothing: null,
    }
    await coll().insertOne(doc)
    const back = await readRaw({ _id: doc._id })
    expect(canonical(back)).toBe(canonical(doc))
  })

  it('nested documents and arrays › when empty, mixed and deep › then they come back as written', async () => {
    const doc = {
      _id: 'nested',
      empty: {},
      none: [],
      mixed: ['a', new Int32(1), new Double(2.5), true, null, new Date(86400000), new ObjectId(), { k: 'v' }],
      deep: { a: { b: { c: { d: ['e', { f: new Int32(7) }] } } } },
      timeline: Array.from({ length: 5 }, (_, i) => ({ at: new Date(1_700_000_000_000 + i), type: i % 2 ? 'note' : 'reply', text: `第${i}条 "记录"`, relayed: i % 2 === 0 })),
    }
    await coll().insertOne(doc)
    expect(canonical(await readRaw({ _id: 'nested' }))).toBe(canonical(doc))
  })

  it('documents of one shape › when many share a schema but differ in values › then none takes another one’s values', async () => {
    const docs = Array.from({ length: 50 }, (_, i) => ({ _id: `shape-${i}`, n: new Int32(i), text: `row ${i}`, at: new Date(i * 1000), tags: i % 2 ? ['odd'] : ['even', 'x'] }))
    await coll().insertMany(docs)
    const back = await coll().find({ _id: { $in: docs.map((d) => d._id) } }, { promoteValues: false }).sort({ _id: 1 }).toArray()
    const want = [...docs].sort((a, b) => (a._id < b._id ? -1 : 1))
    expect(back.map(canonical)).toEqual(want.map(canonical))
  })

  it('field order › when _id was not written first, and with or without a projection › then _id leads and the other fields keep their order', async () => {
    await coll().insertOne({ z: 1, a: 2, _id: 'order', m: 3 })
    expect(Object.keys((await coll().findOne({ _id: 'order' }))!)).toEqual(['_id', 'z', 'a', 'm'])
    expect(Object.keys((await coll().findOne({ _id: 'order' }, { projection: { a: 1, m: 1 } }))!)).toEqual(['_id', 'a', 'm'])
    expect(Object.keys((await coll().findOne({ _id: 'order' }, { projection: { a: 0 } }))!)).toEqual(['_id', 'z', 'm'])
    expect(await coll().findOne({ _id: 'order' }, { projection: { _id: 0, m: 1 } })).toEqual({ m: 3 })
  })

  it('a document whose shape changes › when a field changes type and another is added › then the read follows the new shape', async () => {
    await coll().insertOne({ _id: 'reshaped', v: 'text', n: new Int32(1) })
    await readRaw({ _id: 'reshaped' })
    await coll().updateOne({ _id: 'reshaped' }, { $set: { v: new Int32(5), extra: ['a'] }, $unset: { n: '' } })
    expect(canonical(await readRaw({ _id: 'reshaped' }))).toBe(canonical({ _id: 'reshaped', v: new Int32(5), extra: ['a'] }))
  })
})
