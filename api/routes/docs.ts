import Router from '@koa/router'
import { OpenApiGeneratorV3, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

/** Builds the OpenAPI 3 document from the registry the routes filled. */
export function buildOpenApiDocument(registry: OpenAPIRegistry, version: string) {
  const generator = new OpenApiGeneratorV3(registry.definitions)
  return generator.generateDocument({
    openapi: '3.0.3',
    info: {
      title: '邻里 Linli API',
      version,
      description:
        'Requests (诉求工单) lifecycle, knowledge base, residents, statistics and Open311. Authenticate with POST /api/auth/login and send `Authorization: Bearer <token>`. Errors are application/problem+json (RFC 9457) with a stable `type` and the offending `field`.',
    },
    servers: [{ url: '/' }],
  })
}

const HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>邻里 Linli API</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2em auto;max-width:1000px;padding:0 1em;color:#222}
h2{margin-top:2em;border-bottom:1px solid #ddd}details{margin:.3em 0;border:1px solid #e5e5e5;border-radius:4px;padding:.3em .6em}
summary{cursor:pointer}.m{display:inline-block;width:4.5em;font-weight:bold;text-transform:uppercase}
.get{color:#0a7}.post{color:#06c}.put,.patch{color:#c70}.delete{color:#c22}pre{background:#f6f6f6;padding:.6em;overflow:auto;font-size:12px}</style></head>
<body><h1>邻里 Linli API</h1><p id="desc"></p><p><a href="/api/openapi.json">openapi.json</a></p><div id="paths">Loading…</div>
<script>
fetch('/api/openapi.json').then(function(r){return r.json()}).then(function(doc){
  document.getElementById('desc').textContent = doc.info.description || ''
  var byTag = {}
  Object.keys(doc.paths).forEach(function(p){ Object.keys(doc.paths[p]).forEach(function(m){
    var op = doc.paths[p][m]; var t = (op.tags && op.tags[0]) || 'other'; (byTag[t] = byTag[t] || []).push([m, p, op]) }) })
  var root = document.getElementById('paths'); root.textContent = ''
  Object.keys(byTag).sort().forEach(function(t){
    var h = document.createElement('h2'); h.textContent = t; root.appendChild(h)
    byTag[t].forEach(function(e){
      var d = document.createElement('details'); var s = document.createElement('summary')
      var m = document.createElement('span'); m.className = 'm ' + e[0]; m.textContent = e[0]
      s.appendChild(m); s.appendChild(document.createTextNode(e[1] + ' — ' + (e[2].summary || '') + ((e[2].security && e[2].security.length === 0) ? ' (public)' : '')))
      var pre = document.createElement('pre'); pre.textContent = JSON.stringify({ parameters: e[2].parameters, requestBody: e[2].requestBody, responses: e[2].responses }, null, 2)
      d.appendChild(s); d.appendChild(pre); root.appendChild(d) }) })
})
</script></body></html>`

/** GET /api/openapi.json and GET /api/docs (a small local viewer of the JSON; no CDN). */
export function docsRoutes(getDocument: () => unknown): Router {
  const router = new Router()
  let cached: unknown
  router.get('/api/openapi.json', (ctx) => {
    cached ??= getDocument()
    ctx.body = cached
  })
  router.get('/api/docs', (ctx) => {
    ctx.type = 'text/html; charset=utf-8'
    // The viewer's inline script needs its own CSP (helmet's default forbids inline scripts).
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline' 'self'")
    ctx.body = HTML
  })
  return router
}
