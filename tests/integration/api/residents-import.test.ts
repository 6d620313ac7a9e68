import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { ResidentModel } from '../../../models/resident.model'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound } from '../../helpers/factories'
import { adminWithToken, startTestApi, workerWithToken } from './harness'

useTestDatabase()

const HEADER = ['姓名', '楼栋', '单元', '房号', '电话', '生日', '标签']
const ROWS = [
  ['张三', '3号楼', '2单元', '501', '13800000001', '1950-03-08', '高龄、党员'],
  ['李四', '1', '1', '101室', '', '农历08-15', ''],
  ['王五', '2', '1', '202', '12345', '', ''],
  ['赵六', '2', '1', '203', '', '', 'VIP'],
  ['', '2', '1', '204', '', '', ''],
  ['张三', '3', '2', '501', '13800000001', '1950-03-08', '高龄、党员'],
]

function writeCsv(rows: string[][]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'roster.csv')
  fs.writeFileSync(file, '\uFEFF' + [HEADER, ...rows].map((r) => r.join(',')).join('\n'))
  return file
}

async function writeXlsx(rows: string[][]): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'roster.xlsx')
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名册')
  ws.addRow(HEADER)
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(file)
  return file
}

describe('roster import', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  it('csv › good, bad and duplicate rows › then a row-by-row report; re-import changes nothing', async () => {
    // Arrange
    const compound = await buildCompound()
    const admin = await adminWithToken()
    const file = writeCsv(ROWS)
    // Act
    const first = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).attach('file', file)
    const stored = await ResidentModel.find({ compoundId: compound._id }).sort({ name: 1 }).lean()
    const again = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).attach('file', file)
    const storedAgain = await ResidentModel.find({ compoundId: compound._id }).sort({ name: 1 }).lean()
    // Assert
    expect(first.status).toBe(200)
    expect(first.body.summary).toEqual({ total: 6, imported: 2, updated: 0, unchanged: 0, rejected: 4 })
    expect(first.body.rows.map((r: { row: number; status: string; field?: string }) => [r.row, r.status, r.field])).toEqual([
      [2, 'imported', undefined],
      [3, 'imported', undefined],
      [4, 'rejected', 'phone'],
      [5, 'rejected', 'tags'],
      [6, 'rejected', 'name'],
      [7, 'rejected', 'name'],
    ])
    expect(first.body.rows[5].reason).toContain('第 2 行')
    expect(stored.map((r) => [r.name, r.building, r.unit, r.room, r.phone ?? null, r.birthdayKey, r.tags])).toEqual([
      ['张三', '3', '2', '501', '13800000001', 'solar:03-08', ['高龄', '党员']],
      ['李四', '1', '1', '101', null, 'lunar:08-15', []],
    ])
    expect(again.body.summary).toEqual({ total: 6, imported: 0, updated: 0, unchanged: 2, rejected: 4 })
    expect(storedAgain.map((r) => String(r.updatedAt))).toEqual(stored.map((r) => String(r.updatedAt)))
  })

  it('xlsx › a changed phone and a new resident › then updated and imported; the rest unchanged', async () => {
    const compound = await buildCompound()
    const admin = await adminWithToken()
    await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).attach('file', writeCsv(ROWS.slice(0, 2)))
    const file = await writeXlsx([['张三', '3', '2', '501', '13900000002', '1950-03-08', '高龄、党员'], ROWS[1], ['孙七', '5', '1', '602', '', '', '低保'], ['周八', '5', '1', '603', '', '1950-13-40', '']])
    const res = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).attach('file', file)
    expect(res.status).toBe(200)
    expect(res.body.summary).toEqual({ total: 4, imported: 1, updated: 1, unchanged: 1, rejected: 1 })
    expect(res.body.rows[0]).toMatchObject({ status: 'updated', changed: ['phone'] })
    expect(res.body.rows[3]).toMatchObject({ status: 'rejected', field: 'birthday' })
    expect((await ResidentModel.findOne({ compoundId: compound._id, name: '张三' }).lean())?.phone).toBe('13900000002')
    const again = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).attach('file', file)
    expect(again.body.summary).toEqual({ total: 4, imported: 0, updated: 0, unchanged: 3, rejected: 1 })
  })

  it('import › without a file, with garbage, or by a worker › then 4xx and nothing imported', async () => {
    const compound = await buildCompound()
    const admin = await adminWithToken()
    const worker = await workerWithToken([compound._id])
    const garbage = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'x.xlsx')
    fs.writeFileSync(garbage, 'PK not really a zip')
    const none = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).field('x', '1')
    const bad = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', admin.auth).attach('file', garbage)
    const denied = await api.http.post(`/api/residents/import?compoundId=${compound._id}`).set('Authorization', worker.auth).attach('file', writeCsv(ROWS))
    expect([none.status, bad.status, denied.status]).toEqual([400, 400, 403])
    expect(bad.body.type).toContain('roster_unreadable')
    expect(await ResidentModel.countDocuments({ compoundId: compound._id })).toBe(0)
  })
})
