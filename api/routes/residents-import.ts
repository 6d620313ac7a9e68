import fs from 'node:fs/promises'
import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { AppError } from '../../lib/errors'

/** Maximum rows read from one roster file. */
export const MAX_ROSTER_ROWS = 5000

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('text' in v) return String(v.text)
    if ('result' in v) return v.result == null ? '' : cellText(v.result as ExcelJS.CellValue)
    return ''
  }
  return String(v)
}

/**
 * Reads a roster file (.csv or .xlsx, by name or content) into header → text rows.
 * @throws AppError roster_unreadable (400), roster_too_large (413)
 */
export async function readRosterFile(path: string, filename: string): Promise<Record<string, string>[]> {
  const buf = await fs.readFile(path)
  const isXlsx = /\.xlsx$/i.test(filename) || buf.subarray(0, 2).toString('latin1') === 'PK'
  let rows: Record<string, string>[]
  try {
    if (isXlsx) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(buf as unknown as ArrayBuffer)
      const ws = wb.worksheets[0]
      if (!ws) throw new Error('no worksheet')
      const headers: string[] = []
      ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
        headers[col] = cellText(cell.value).trim()
      })
      rows = []
      for (let r = 2; r <= ws.rowCount; r++) {
        const row = ws.getRow(r)
        const rec: Record<string, string> = {}
        let any = false
        headers.forEach((h, col) => {
          if (!h) return
          const t = cellText(row.getCell(col).value).trim()
          if (t) any = true
          rec[h] = t
        })
        // Blank rows keep their place so reported row numbers match the sheet.
        rows.push(any ? rec : {})
      }
    } else {
      rows = parseCsv(buf, { columns: (h: string[]) => h.map((x) => x.trim()), bom: true, skip_empty_lines: false, relax_column_count: true, trim: true }) as Record<string, string>[]
    }
  } catch (err) {
    throw new AppError('roster_unreadable', '无法读取名册文件（支持 .csv 和 .xlsx，第一行为表头）', { status: 400, field: 'file', cause: err })
  }
  if (rows.length > MAX_ROSTER_ROWS) throw new AppError('roster_too_large', `名册最多 ${MAX_ROSTER_ROWS} 行`, { status: 413, field: 'file' })
  return rows
}
