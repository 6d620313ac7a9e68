import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { Logger } from 'pino'
import { AppError } from './errors'
import { projectRoot } from './web-console'

/** The FerretDB release Linli pins and tests against. */
export const FERRETDB_VERSION = 'v1.24.0'
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB'

/**
 * The package label our build writes into the binary (`ferretdb --version`). It names the patch level of
 * {@link FERRETDB_PATCHES}, so a binary cached by an earlier build with other patches is rebuilt.
 */
export const FERRETDB_PACKAGE = 'linli-embedded-5'

/**
 * A source edit of the FerretDB module: `from` must occur in `file` exactly once, or the build stops. A patch
 * with `copy` instead adds that file of `lib/ferretdb/` to the module as `file`.
 */
type SourcePatch = { file: string; from: string; to: string } | { file: string; copy: string }

const SQLITE_COLLECTION_GO = path.join('internal', 'backends', 'sqlite', 'collection.go')
const POSTGRESQL_QUERY_GO = path.join('internal', 'backends', 'postgresql', 'query.go')
const SJSON = path.join('internal', 'handler', 'sjson')
const RESOURCE_GO = path.join('internal', 'util', 'resource', 'resource.go')

/**
 * Edits of FerretDB v1.24. Two of its SQLite backend, both about `_id`, the only field it ever looks up in an index:
 *
 * 1. It looks documents up by `_id` with `_ferretdb_sjson->'$._id' = ?`, while the unique `_id` index it creates
 *    is on `_ferretdb_sjson->'_id'` — a different expression, so SQLite never used the index and every `_id`
 *    look-up, update and delete scanned the whole table (33 ms per find and 65 ms of CPU per update at 20,000
 *    rows, and concurrent updates failing with SQLITE_BUSY). Both expressions read the same value; writing the
 *    look-up as the index does lets SQLite search the index instead.
 * 2. It pushes down `{ _id: value }` only, so `{ _id: { $in: [...] } }` (a page of requests, a request's linked
 *    messages) read every row. The edit adds `WHERE _id IN (...)` for an `$in` of strings and ObjectIds. Like
 *    every pushdown it only narrows what SQLite returns: FerretDB still applies the whole filter to each row.
 *
 * And three that cut the CPU of reading documents by two thirds (a profile of finds by `_id`: about 250 → 120 µs
 * per 500-byte document, before the GC setting of {@link startEmbeddedDb}):
 * 3. Its leak tracker records a stack trace (a pprof profile entry) for every iterator, including one per
 *    document and sub-document it converts; in a release build it now does nothing, as its debug stack does.
 * 4. A find without a projection copied every document twice to apply the empty projection; it now passes the
 *    document on when `_id` already leads (as FerretDB stores it).
 * 5. Its JSON decoder built a json.Decoder for every value and decoded every document's schema anew;
 *    `lib/ferretdb/linli_sjson_fast.go` reads common scalars directly and shares decoded schemas.
 * And one of its PostgreSQL backend (EMBEDDED_DB_BACKEND=postgresql):
 * 6. It compares `_id` with `_jsonb->$1 @> $2`, which the btree index on `_jsonb->'_id'` cannot serve, so every
 *    `_id` look-up read the whole table (3.4 s for a request's detail at 100,000 messages). `{ _id: value }` and an
 *    `$in` of strings and ObjectIds are now written as `_jsonb->'_id' = $n` and `IN (...)`, which use the index
 *    (`tests/integration/embedded-db-postgresql.test.ts` checks the plans).
 * `tests/integration/models/id-lookups.test.ts` and `stored-values.test.ts` pin MongoDB's semantics.
 */
/** Makes FerretDB's leak-tracker function `name` (resource.go) return at once in a release build. */
function debugBuildOnly(name: string): SourcePatch {
  const head = `func ${name}(obj any, token *Token) {
	checkArgs(obj, token)
`
  return { file: RESOURCE_GO, from: head, to: `${head}
	if !debugbuild.Enabled {
		return
	}
` }
}

/** Go shared by the `_id $in` patches of both backends (each package gets its own copy). */
const ID_IN_VALUES_GO = `// linliIDInValues returns the stored form of each value of an {$in: [...]} of strings and ObjectIds (Linli's patch).
func linliIDInValues(v *types.Document) ([]any, bool) {
	if v.Len() != 1 {
		return nil, false
	}
	in, err := v.Get("$in")
	if err != nil {
		return nil, false
	}
	arr, ok := in.(*types.Array)
	if !ok || arr.Len() == 0 || arr.Len() > 10000 {
		return nil, false
	}
	args := make([]any, arr.Len())
	for i := 0; i < arr.Len(); i++ {
		e := must.NotFail(arr.Get(i))
		switch e.(type) {
		case string, types.ObjectID:
		default:
			return nil, false
		}
		args[i] = string(must.NotFail(sjson.MarshalSingleValue(e)))
	}
	return args, true
}`

const FERRETDB_PATCHES: SourcePatch[] = [
  {
    file: path.join('internal', 'backends', 'sqlite', 'metadata', 'metadata.go'),
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'"`,
  },
  {
    file: SQLITE_COLLECTION_GO,
    from: `			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		}
	}

	q += whereClause`,
    to: `			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		case *types.Document:
			if w, a, ok := linliIDInClause(v.(*types.Document)); ok {
				whereClause, args = w, a
			}
		}
	}

	q += whereClause`,
  },
  {
    file: SQLITE_COLLECTION_GO,
    from: `// Query implements backends.Collection interface.`,
    to: `${ID_IN_VALUES_GO}

// linliIDInClause returns WHERE _id IN (...) for an {$in: [...]} of strings and ObjectIds (Linli's patch).
func linliIDInClause(v *types.Document) (string, []any, bool) {
	args, ok := linliIDInValues(v)
	if !ok {
		return "", nil, false
	}
	placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(args)), ", ")
	return fmt.Sprintf(\` WHERE %s IN (%s)\`, metadata.IDColumn, placeholders), args, true
}

// Query implements backends.Collection interface.`,
  },
  {
    file: POSTGRESQL_QUERY_GO,
    from: `		path, err := types.NewPathFromString(rootKey)

		var pe *types.PathError`,
    to: `		if rootKey == "_id" {
			if f, a, ok := linliIDClause(p, rootVal); ok {
				filters = append(filters, f)
				args = append(args, a...)

				continue
			}
		}

		path, err := types.NewPathFromString(rootKey)

		var pe *types.PathError`,
  },
  {
    file: POSTGRESQL_QUERY_GO,
    from: `// prepareWhereClause adds WHERE clause with given filters to the query and returns the query and arguments.`,
    to: `${ID_IN_VALUES_GO}

// linliIDClause returns an _id filter written as the _id index's own expression (Linli's patch):
// _jsonb->'_id' = $n for a string or ObjectId, and _jsonb->'_id' IN ($n, ...) for an {$in: [...]} of them.
// The stock _jsonb->$1 @> $2 cannot use that (btree) index, so every look-up read the whole table.
func linliIDClause(p *metadata.Placeholder, v any) (string, []any, bool) {
	switch v := v.(type) {
	case string, types.ObjectID:
		return fmt.Sprintf(\`%s = %s\`, metadata.IDColumn, p.Next()), []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}, true
	case *types.Document:
		args, ok := linliIDInValues(v)
		if !ok {
			return "", nil, false
		}
		placeholders := make([]string, len(args))
		for i := range args {
			placeholders[i] = p.Next()
		}
		return fmt.Sprintf(\`%s IN (%s)\`, metadata.IDColumn, strings.Join(placeholders, ", ")), args, true
	}
	return "", nil, false
}

// prepareWhereClause adds WHERE clause with given filters to the query and returns the query and arguments.`,
  },
  ...['Track', 'Untrack'].map(debugBuildOnly),
  {
    file: path.join('internal', 'handler', 'common', 'projection_iterator.go'),
    from: `	projected, err := ProjectDocument(doc, iter.projection, iter.filter, iter.inclusion)`,
    to: `	if iter.projection.Len() == 0 && doc.Len() > 0 && doc.Keys()[0] == "_id" {
		return unused, doc, nil
	}

	projected, err := ProjectDocument(doc, iter.projection, iter.filter, iter.inclusion)`,
  },
  { file: path.join(SJSON, 'linli_sjson_fast.go'), copy: 'linli_sjson_fast.go' },
  {
    file: path.join(SJSON, 'sjson.go'),
    from: `	var v map[string]json.RawMessage
	r := bytes.NewReader(data)
	dec := json.NewDecoder(r)

	err := dec.Decode(&v)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	if err = checkConsumed(dec, r); err != nil {
		return nil, lazyerrors.Error(err)
	}
`,
    to: `	var v map[string]json.RawMessage
	if err := linliDecode(data, &v); err != nil {
		return nil, lazyerrors.Error(err)
	}
`,
  },
  {
    file: path.join(SJSON, 'sjson.go'),
    from: `	var sch schema
	r = bytes.NewReader(jsch)
	dec = json.NewDecoder(r)
	dec.DisallowUnknownFields()

	if err := dec.Decode(&sch); err != nil {
		return nil, lazyerrors.Error(err)
	}

	if err := checkConsumed(dec, r); err != nil {
		return nil, lazyerrors.Error(err)
	}
`,
    to: `	sch, err := linliSchemaOf(jsch)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}
`,
  },
  {
    file: path.join(SJSON, 'sjson.go'),
    from: `		return nil, lazyerrors.Errorf("schema is not set")
	}

	var res sjsontype`,
    to: `		return nil, lazyerrors.Errorf("schema is not set")
	}

	if v, ok := linliFastScalar(data, sch.Type); ok {
		return v, nil
	}

	var res sjsontype`,
  },
  {
    file: path.join(SJSON, 'document.go'),
    from: `	r := bytes.NewReader(data)
	dec := json.NewDecoder(r)

	var rawMessages map[string]json.RawMessage
	if err := dec.Decode(&rawMessages); err != nil {
		return lazyerrors.Error(err)
	}

	if err := checkConsumed(dec, r); err != nil {
		return lazyerrors.Error(err)
	}
`,
    to: `	var rawMessages map[string]json.RawMessage
	if err := linliDecode(data, &rawMessages); err != nil {
		return lazyerrors.Error(err)
	}
`,
  },
  {
    file: path.join(SJSON, 'array.go'),
    from: `	r := bytes.NewReader(data)
	dec := json.NewDecoder(r)

	var rawMessages []json.RawMessage
	if err := dec.Decode(&rawMessages); err != nil {
		return lazyerrors.Error(err)
	}

	if err := checkConsumed(dec, r); err != nil {
		return lazyerrors.Error(err)
	}
`,
    to: `	var rawMessages []json.RawMessage
	if err := linliDecode(data, &rawMessages); err != nil {
		return lazyerrors.Error(err)
	}
`,
  },
]

/** Where the FerretDB binary lives inside the cache folder. */
export function ferretdbBinaryPath(cacheDir: string): string {
  return path.resolve(cacheDir, 'ferretdb', FERRETDB_VERSION, 'bin', 'ferretdb')
}

function hasWorkingBinary(bin: string, packageLabel?: string): boolean {
  if (!fs.existsSync(bin)) return false
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 15000 })
  return r.status === 0 && r.stdout.includes(FERRETDB_VERSION) && (!packageLabel || r.stdout.includes(`package: ${packageLabel}\n`))
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; log: Logger; step: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderrTail = ''
    let lines = 0
    const started = Date.now()
    const ticker = setInterval(() => {
      opts.log.info({ step: opts.step, seconds: Math.round((Date.now() - started) / 1000), packages: lines }, 'embedded database: still building…')
    }, 15000)
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString()
      lines += text.split('\n').filter(Boolean).length
      stderrTail = (stderrTail + text).slice(-4000)
    })
    child.on('error', (err) => {
      clearInterval(ticker)
      reject(new AppError('embedded_db_install_failed', `${opts.step} could not run ${cmd}: ${err.message}`, { cause: err, isOperational: false }))
    })
    child.on('close', (code) => {
      clearInterval(ticker)
      if (code === 0) resolve(stdout)
      else reject(new AppError('embedded_db_install_failed', `${opts.step} failed (exit ${code}):\n${stderrTail}`, { isOperational: false }))
    })
  })
}

/**
 * Returns a FerretDB v1 binary, building it with Go into the cache on first use.
 *
 * `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.0` cannot be used as is: the module zip
 * lacks the generated `build/version/version.txt` (the binary would panic at start-up), and the module
 * proxy's version list is not always served. So the pinned module is fetched by exact version with
 * `go mod download`, the version file is written, the `_id` look-up is patched to use its index
 * (see FERRETDB_PATCHES), and `go install ./cmd/ferretdb` builds it.
 * @throws AppError go_missing when Go is not installed; embedded_db_install_failed when the build fails
 */
export async function ensureFerretdb(opts: { cacheDir: string; ferretdbBin?: string; log: Logger }): Promise<string> {
  const { log } = opts
  if (opts.ferretdbBin) {
    if (!hasWorkingBinary(opts.ferretdbBin)) {
      throw new AppError('embedded_db_binary_invalid', `FERRETDB_BIN=${opts.ferretdbBin} is not a working FerretDB ${FERRETDB_VERSION} binary`, { isOperational: false })
    }
    return opts.ferretdbBin
  }
  const bin = ferretdbBinaryPath(opts.cacheDir)
  if (hasWorkingBinary(bin, FERRETDB_PACKAGE)) return bin

  const go = spawnSync('go', ['version'], { encoding: 'utf8', env: process.env })
  if (go.error || go.status !== 0) {
    throw new AppError(
      'go_missing',
      'Go is not installed, so the embedded database (FerretDB) cannot be built. ' +
        'Install Go 1.22 or newer (https://go.dev/dl/) and run again, ' +
        'or set MONGODB_URI to a MongoDB server (e.g. MONGODB_URI=mongodb://127.0.0.1:27017/linli) to use it instead.',
      { isOperational: false },
    )
  }

  const root = path.resolve(opts.cacheDir, 'ferretdb', FERRETDB_VERSION)
  const work = path.join(root, `build-${process.pid}`)
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-buildvcs=false', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' }
  const t0 = Date.now()
  log.info({ version: FERRETDB_VERSION, go: go.stdout.trim(), cacheDir: root }, 'embedded database: building FerretDB with Go (first run only; this takes a few minutes)')
  try {
    log.info({ step: 1, of: 3 }, 'embedded database: downloading the FerretDB module')
    const info = JSON.parse(await run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], { cwd: work, env, log, step: 'go mod download' })) as { Dir?: string; Error?: string }
    if (!info.Dir) throw new AppError('embedded_db_install_failed', `go mod download returned no directory: ${info.Error ?? 'unknown error'}`, { isOperational: false })

    const src = path.join(work, 'src')
    fs.cpSync(info.Dir, src, { recursive: true })
    makeWritable(src)
    fs.writeFileSync(path.join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`)
    fs.writeFileSync(path.join(src, 'build', 'version', 'package.txt'), `${FERRETDB_PACKAGE}\n`)
    for (const patch of FERRETDB_PATCHES) applyPatch(src, patch)

    log.info({ step: 2, of: 3 }, 'embedded database: compiling FerretDB (go install)')
    const gobin = path.join(work, 'bin')
    await run('go', ['install', '-v', './cmd/ferretdb'], { cwd: src, env: { ...env, GOBIN: gobin }, log, step: 'go install' })

    log.info({ step: 3, of: 3 }, 'embedded database: checking the binary')
    const built = path.join(gobin, 'ferretdb')
    if (!hasWorkingBinary(built, FERRETDB_PACKAGE)) throw new AppError('embedded_db_install_failed', 'the built FerretDB binary does not report its version', { isOperational: false })
    fs.mkdirSync(path.dirname(bin), { recursive: true })
    fs.renameSync(built, bin)
    log.info({ seconds: Math.round((Date.now() - t0) / 1000), bin }, 'embedded database: FerretDB installed')
    return bin
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function applyPatch(root: string, patch: SourcePatch): void {
  const file = path.join(root, patch.file)
  if ('copy' in patch) {
    if (fs.existsSync(file)) throw new AppError('embedded_db_install_failed', `cannot add ${patch.file}: the module already has it`, { isOperational: false })
    fs.copyFileSync(path.join(projectRoot(), 'lib', 'ferretdb', patch.copy), file)
    return
  }
  const code = fs.readFileSync(file, 'utf8')
  if (code.split(patch.from).length !== 2) throw new AppError('embedded_db_install_failed', `cannot patch ${patch.file}: the code to change is not there exactly once`, { isOperational: false })
  fs.writeFileSync(file, code.replace(patch.from, () => patch.to))
}

function makeWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    fs.chmodSync(p, entry.isDirectory() ? 0o755 : 0o644)
    if (entry.isDirectory()) makeWritable(p)
  }
  fs.chmodSync(dir, 0o755)
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port })
    sock.once('connect', () => {
      sock.destroy()
      resolve(true)
    })
    sock.once('error', () => resolve(false))
  })
}

/** A running embedded FerretDB. */
export interface EmbeddedDb {
  /** mongodb:// URI of the server (no database name). */
  baseUri: string
  /** The storage FerretDB runs on. */
  backend: 'sqlite' | 'postgresql'
  port: number
  pid: number
  stop(): Promise<void>
}

/** Options for {@link startEmbeddedDb}. */
export interface EmbeddedDbOptions {
  binary: string
  dataDir: string
  backend: 'sqlite' | 'postgresql'
  postgresqlUrl?: string
  /**
   * SQLite's `synchronous` (default normal). In WAL mode, normal syncs to disk at checkpoints only: a committed write
   * survives a crash of FerretDB or of this process, and only a power loss or an OS crash may roll back the last
   * ones (MongoDB's default write concern acknowledges before its journal is synced, too). full syncs at every
   * commit: the intake benchmark's messages then waited for the disk (bench/README.md, fifth round).
   */
  sqliteSync?: 'normal' | 'full'
  log: Logger
  /** Milliseconds to wait for the port to accept connections. */
  startTimeoutMs?: number
  /** Fixed port (default: a free one). */
  port?: number
}

/**
 * Starts FerretDB as a child process on a free local port and waits until it accepts connections.
 * A FerretDB left running by a crashed earlier run on the same data folder is stopped first.
 * @throws AppError embedded_db_start_failed when it exits or does not listen in time
 */
export async function startEmbeddedDb(opts: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir)
  fs.mkdirSync(dataDir, { recursive: true })
  killStale(dataDir, opts.log)
  const port = opts.port ?? (await freePort())
  const args = [
    `--handler=${opts.backend}`,
    `--listen-addr=127.0.0.1:${port}`,
    '--telemetry=disable',
    '--debug-addr=-',
    `--state-dir=${dataDir}`,
    '--log-level=warn',
    '--log-format=json',
  ]
  if (opts.backend === 'sqlite') args.push(`--sqlite-url=file:${dataDir}/?_pragma=synchronous(${opts.sqliteSync ?? 'normal'})`)
  else args.push(`--postgresql-url=${opts.postgresqlUrl ?? ''}`)

  // Go's collector at its default (GOGC=100) took about a third of FerretDB's CPU on reads, whose documents
  // are converted with many short-lived allocations; collecting at 4× the live heap, capped by a soft memory
  // limit, halves that. GOGC / GOMEMLIMIT set in the environment win.
  const env = { GOGC: '400', GOMEMLIMIT: '384MiB', ...process.env }
  const child: ChildProcess = spawn(opts.binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  let exited: number | null | undefined
  let stopping = false
  let stderrTail = ''
  const pidFile = path.join(dataDir, 'ferretdb.pid')
  child.on('exit', (code) => {
    exited = code
    fs.rmSync(pidFile, { force: true })
    if (!stopping) opts.log.error({ code }, 'embedded database exited unexpectedly')
  })
  const onOutput = (d: Buffer) => {
    const text = d.toString()
    stderrTail = (stderrTail + text).slice(-4000)
    for (const line of text.split('\n').filter(Boolean)) opts.log.debug({ ferretdb: line.slice(0, 500) }, 'ferretdb')
  }
  child.stdout?.on('data', onOutput)
  child.stderr?.on('data', onOutput)
  fs.writeFileSync(pidFile, String(child.pid))

  const stop = async () => {
    if (exited !== undefined) {
      fs.rmSync(pidFile, { force: true })
      return
    }
    stopping = true
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await done
    clearTimeout(timer)
    fs.rmSync(pidFile, { force: true })
  }

  const deadline = Date.now() + (opts.startTimeoutMs ?? 30000)
  while (!(await canConnect(port))) {
    if (exited !== undefined) {
      throw new AppError('embedded_db_start_failed', `FerretDB exited with code ${exited} before listening:\n${stderrTail}`, { isOperational: false })
    }
    if (Date.now() > deadline) {
      await stop()
      throw new AppError('embedded_db_start_failed', `FerretDB did not listen on port ${port} in time:\n${stderrTail}`, { isOperational: false })
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  opts.log.info({ port, dataDir, backend: opts.backend }, 'embedded database started')
  return { baseUri: `mongodb://127.0.0.1:${port}`, backend: opts.backend, port, pid: child.pid ?? 0, stop }
}

function killStale(dataDir: string, log: Logger): void {
  const pidFile = path.join(dataDir, 'ferretdb.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim())
  if (Number.isInteger(pid) && pid > 0) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (cmdline.includes('ferretdb') && cmdline.includes(dataDir)) {
        process.kill(pid, 'SIGKILL')
        log.warn({ pid }, 'stopped an embedded database left running by an earlier run')
      }
    } catch {
      // not running any more (or not ours): nothing to stop
    }
  }
  fs.rmSync(pidFile, { force: true })
}
