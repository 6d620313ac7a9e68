import Router from '@koa/router'
import { koaBody } from 'koa-body'
import fs from 'node:fs/promises'
import { assertCompoundAccess, compoundScope, seesFullPii, type Principal } from '../../domain/auth/principal'
import { isRowError, parseRosterRow } from '../../domain/residents/roster'
import { AppError } from '../../lib/errors'
import { maskPhone } from '../../lib/pii'
import { findCompoundById, listCompounds } from '../../models/compound.repo'
import { getAllowedResidentTags } from '../../models/resident.model'
import { createResident, deleteResident, findResidentById, importRosterRow, importRowKey, listResidents, updateResident, type ResidentView } from '../../models/resident.repo'
import { recordAudit } from '../audit'
import { rejectUnreadableBody, requireMultipart } from '../middleware/body'
import { addRoute } from '../route'
import { idParams, pageOf } from './common.schema'
import type { RouteContext } from './context'
import { readRosterFile } from './residents-import'
import { createResidentBody, importQuery, listResidentsQuery, putTagsBody, updateResidentBody } from './residents.schema'
import { isDuplicateKeyError } from '../../models/common'

/** Phones are shown in full to admins only. */
function present(r: ResidentView, user: Principal): ResidentView {
  return seesFullPii(user) ? r : { ...r, phone: maskPhone(r.phone) }
}

function checkTags(tags: string[] | undefined): void {
  const allowed = getAllowedResidentTags()
  const unknown = (tags ?? []).filter((t) => !allowed.includes(t))
  if (unknown.length) throw new AppError('unknown_tag', `未知标签：${unknown.join('、')}（可用：${allowed.join('、')}）`, { status: 400, field: 'tags' })
}

async function mustFind(id: string, user: Principal): Promise<ResidentView> {
  const r = await findResidentById(id)
  if (!r) throw new AppError('resident_not_found', '居民不存在', { status: 404, field: 'id' })
  assertCompoundAccess(user, r.compoundId)
  return r
}

/** Residents: CRUD, tags, and roster import (.csv / .xlsx) with a row-by-row report. */
export function residentRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'residents'

  addRoute(router, c.registry, { method: 'get', path: '/api/residents', summary: '居民列表 (phones masked for workers)', tag, schemas: { query: listResidentsQuery } }, async (ctx, { query }, user) => {
    if (query.compoundId) assertCompoundAccess(user, query.compoundId)
    const { items, total } = await listResidents({ ...query, text: query.q, compoundIds: compoundScope(user) })
    ctx.body = pageOf(items.map((r) => present(r, user)), total, query.page, query.pageSize)
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/residents/tags', summary: '可用的居民标签', tag }, async (ctx) => {
    ctx.body = { tags: getAllowedResidentTags() }
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/residents', summary: '新建居民', tag, schemas: { body: createResidentBody }, response: { status: 201 } }, async (ctx, { body }, user) => {
    assertCompoundAccess(user, body.compoundId)
    checkTags(body.tags)
    if (!(await findCompoundById(body.compoundId))) throw new AppError('compound_not_found', '小区不存在', { status: 404, field: 'compoundId' })
    const created = await createResident(body)
    await recordAudit(c.audit, ctx, c.now(), { action: 'resident.create', entity: 'resident', entityId: created.id, after: created })
    ctx.status = 201
    ctx.body = present(created, user)
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/residents/:id', summary: '居民详情', tag, schemas: { params: idParams } }, async (ctx, { params }, user) => {
    ctx.body = present(await mustFind(params.id, user), user)
  })
  addRoute(router, c.registry, { method: 'patch', path: '/api/residents/:id', summary: '修改居民', tag, schemas: { params: idParams, body: updateResidentBody } }, async (ctx, { params, body }, user) => {
    const before = await mustFind(params.id, user)
    checkTags(body.tags)
    const after = await updateResident(params.id, body)
    await recordAudit(c.audit, ctx, c.now(), { action: 'resident.update', entity: 'resident', entityId: params.id, before, after })
    ctx.body = after && present(after, user)
  })
  addRoute(router, c.registry, { method: 'put', path: '/api/residents/:id/tags', summary: '设置居民标签', tag, schemas: { params: idParams, body: putTagsBody } }, async (ctx, { params, body }, user) => {
    const before = await mustFind(params.id, user)
    checkTags(body.tags)
    const after = await updateResident(params.id, { tags: [...new Set(body.tags)] })
    await recordAudit(c.audit, ctx, c.now(), { action: 'resident.tags', entity: 'resident', entityId: params.id, before: { tags: before.tags }, after: { tags: after?.tags } })
    ctx.body = after && present(after, user)
  })
  addRoute(router, c.registry, { method: 'delete', path: '/api/residents/:id', summary: '删除居民', tag, roles: ['admin'], schemas: { params: idParams }, response: { status: 204 } }, async (ctx, { params }, user) => {
    const before = await mustFind(params.id, user)
    await deleteResident(params.id)
    await recordAudit(c.audit, ctx, c.now(), { action: 'resident.delete', entity: 'resident', entityId: params.id, before })
    ctx.status = 204
  })

  addRoute(
    router,
    c.registry,
    {
      method: 'post',
      path: '/api/residents/import',
      summary: '导入名册 (.csv / .xlsx, multipart field "file"): row-by-row report; re-import changes nothing',
      tag,
      roles: ['admin'],
      multipart: true,
      schemas: { query: importQuery },
      before: [requireMultipart('file'), koaBody({ multipart: true, formidable: { maxFileSize: 5 * 1024 * 1024, maxFiles: 1, maxFields: 5, allowEmptyFiles: false }, onError: rejectUnreadableBody })],
    },
    async (ctx, { query }) => {
      const files = (ctx.request as { files?: Record<string, unknown> }).files ?? {}
      const raw = files.file
      const file = (Array.isArray(raw) ? raw[0] : raw) as { filepath: string; originalFilename?: string } | undefined
      if (!file) throw new AppError('file_required', '请上传名册文件（字段名 file）', { status: 400, field: 'file' })
      let rows: Record<string, string>[]
      try {
        rows = await readRosterFile(file.filepath, file.originalFilename ?? '')
      } finally {
        await fs.unlink(file.filepath).catch(() => undefined)
      }
      const defaultCompound = query.compoundId ? await findCompoundById(query.compoundId) : null
      if (query.compoundId && !defaultCompound) throw new AppError('compound_not_found', '小区不存在', { status: 404, field: 'compoundId' })
      const compounds = await listCompounds()
      const byName = new Map<string, string>()
      for (const co of compounds) for (const n of [co.name, ...co.aliases]) byName.set(n, co.id)
      const allowed = getAllowedResidentTags()
      const seen = new Map<string, number>()
      const report: { row: number; status: 'imported' | 'updated' | 'unchanged' | 'rejected'; name?: string; field?: string; reason?: string; residentId?: string; changed?: string[] }[] = []
      for (let i = 0; i < rows.length; i++) {
        const rowNo = i + 2 // header is row 1
        if (!Object.values(rows[i]).some((v) => String(v ?? '').trim())) continue
        const parsed = parseRosterRow(rows[i], allowed)
        if (isRowError(parsed)) {
          report.push({ row: rowNo, status: 'rejected', name: rows[i]['姓名'] ?? rows[i].name, field: parsed.field, reason: parsed.reason })
          continue
        }
        const compoundId = parsed.compoundName ? byName.get(parsed.compoundName) : defaultCompound?.id
        if (!compoundId) {
          report.push({ row: rowNo, status: 'rejected', name: parsed.name, field: 'compound', reason: parsed.compoundName ? `没有名为「${parsed.compoundName}」的小区` : '未指定小区（小区列或 compoundId）' })
          continue
        }
        const key = importRowKey(compoundId, parsed)
        const first = seen.get(key)
        if (first !== undefined) {
          report.push({ row: rowNo, status: 'rejected', name: parsed.name, field: 'name', reason: `与第 ${first} 行重复` })
          continue
        }
        seen.set(key, rowNo)
        try {
          const outcome = await importRosterRow(compoundId, parsed)
          report.push({ row: rowNo, name: parsed.name, ...outcome })
        } catch (err) {
          // A row the database refuses (a validator we did not anticipate) is reported, never aborts the others.
          if ((err as { name?: string }).name !== 'ValidationError' && !isDuplicateKeyError(err)) throw err
          report.push({ row: rowNo, status: 'rejected', name: parsed.name, reason: '数据校验未通过' })
        }
      }
      const count = (s: string) => report.filter((r) => r.status === s).length
      const summary = { total: report.length, imported: count('imported'), updated: count('updated'), unchanged: count('unchanged'), rejected: count('rejected') }
      await recordAudit(c.audit, ctx, c.now(), { action: 'resident.import', entity: 'resident', after: { file: file.originalFilename, ...summary } })
      ctx.body = { summary, rows: report }
    },
  )
  return router
}
