import { execFile } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from 'pino'

/** The project root: the nearest folder above this file holding package.json (works from dist/ too). */
export function projectRoot(from: string = __dirname): string {
  let dir = from
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir)
    if (up === dir) return process.cwd()
    dir = up
  }
  return dir
}

/** Where the console's sources and its Vite build live. */
export function webPaths(root: string = projectRoot()): { webDir: string; distDir: string; indexHtml: string } {
  const webDir = path.join(root, 'web')
  const distDir = path.join(webDir, 'dist')
  return { webDir, distDir, indexHtml: path.join(distDir, 'index.html') }
}

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0
  const st = statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)))
  return newest
}

/**
 * Whether web/dist must be (re)built: no build yet, or a source (web/src, index.html,
 * vite.config.ts) changed after it. Pure over the file system; no build happens here.
 */
export function webBuildIsStale(root: string = projectRoot()): boolean {
  const { webDir, indexHtml } = webPaths(root)
  if (!existsSync(indexHtml)) return true
  const built = statSync(indexHtml).mtimeMs
  const sources = Math.max(newestMtime(path.join(webDir, 'src')), newestMtime(path.join(webDir, 'index.html')), newestMtime(path.join(webDir, 'vite.config.ts')))
  return sources > built
}

/**
 * Builds the console with the project's Vite (a dev dependency) into a fresh folder, then swaps it
 * in for web/dist, so a server (or a second build) never sees a half-written build.
 */
export function buildWeb(log: Logger, root: string = projectRoot()): Promise<void> {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(vite)) {
    return Promise.reject(new Error(`Cannot build the web console: ${vite} is missing. Run "npm ci" (Vite is a dev dependency), or build web/dist elsewhere and set WEB_CONSOLE=serve.`))
  }
  const { webDir, distDir } = webPaths(root)
  const staging = path.join(webDir, `.dist-${process.pid}-${Date.now()}`)
  log.info('building the web console with Vite (web/ → web/dist)…')
  const started = Date.now()
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vite, 'build', '--config', path.join(webDir, 'vite.config.ts'), '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        if (err) {
          rmSync(staging, { recursive: true, force: true })
          return reject(new Error(`Vite build of the web console failed: ${stderr.trim() || err.message}`))
        }
        const old = `${staging}-old`
        if (existsSync(distDir)) renameSync(distDir, old)
        renameSync(staging, distDir)
        rmSync(old, { recursive: true, force: true })
        log.info({ ms: Date.now() - started }, 'web console built')
        resolve()
      },
    )
  })
}

/** `WEB_CONSOLE=auto`: build the console when it is missing or stale. */
export async function ensureWebBuilt(log: Logger, root: string = projectRoot()): Promise<void> {
  if (webBuildIsStale(root)) await buildWeb(log, root)
}
