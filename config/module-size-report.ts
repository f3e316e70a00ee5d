import fs from 'node:fs'
import path from 'node:path'
import { minify } from 'terser'
import type { Compilation, Compiler, Module } from 'webpack'

/**
 * ANALYZE=1 builds write dist/<env>-modules.json: minified bytes per package (or src folder) per
 * chunk, so a budget overrun can be traced to what caused it.
 *
 * Webpack's own module sizes are the sizes after the loaders but before minification (vendors
 * 343 KB reported for a 126 KB file; axios 129 KB for 40 KB), which misled us. Here each module's
 * generated code is minified on its own with terser (compress + mangle, as the build does): the
 * figure is within a few percent of what the module adds to the minified chunk. CSS modules are
 * counted by their CSS (after pxtransform), whitespace collapsed.
 *
 * `chunkBytes` gives each chunk's emitted size for comparison; `duplicated` lists packages that
 * are in more than one chunk (each copy costs again).
 */
export class ModuleSizeReport {
  constructor(private readonly outFile: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('ModuleSizeReport', (compilation) => {
      compilation.hooks.afterProcessAssets.tap('ModuleSizeReport', () => {
        // Async work is not allowed in this hook; collect now, minify in `afterEmit`.
        this.collected = collect(compilation)
      })
    })
    compiler.hooks.afterEmit.tapPromise('ModuleSizeReport', async () => {
      if (!this.collected) return
      const report = await measure(this.collected)
      fs.mkdirSync(path.dirname(this.outFile), { recursive: true })
      fs.writeFileSync(this.outFile, JSON.stringify(report, null, 2))
    })
  }

  private collected: Collected | undefined
}

interface Collected {
  chunks: Array<{ name: string; files: string[]; bytes: number; modules: Array<{ id: string; key: string; code: string; kind: 'js' | 'css' }> }>
}

/** node_modules/<package> or the first two segments of a project path (src/api, src/pages…). */
function keyOf(identifier: string): string {
  const match = identifier.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/!?]+)/)
  if (match) return match[1].replace(/\\/g, '/')
  const rel = identifier.split('!').pop()!.split('?')[0]
  const fromRoot = path.relative(process.cwd(), rel).split(path.sep)
  return fromRoot.slice(0, 2).join('/')
}

function sourceOf(module: Module): string {
  const source = module.originalSource()
  if (!source) return ''
  const text = source.source()
  return typeof text === 'string' ? text : text.toString('utf8')
}

/** The leaf modules of a (possibly concatenated) module. */
function leaves(module: Module): Module[] {
  const inner = (module as Module & { modules?: Module[] }).modules
  return inner && inner.length ? inner.flatMap(leaves) : [module]
}

function collect(compilation: Compilation): Collected {
  const { chunkGraph } = compilation
  const chunks: Collected['chunks'] = []
  for (const chunk of compilation.chunks) {
    const files = [...chunk.files]
    const bytes = files.reduce((sum, file) => sum + (compilation.getAsset(file)?.source.size() ?? 0), 0)
    const modules: Collected['chunks'][number]['modules'] = []
    for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
      for (const leaf of leaves(module)) {
        const identifier = leaf.nameForCondition() ?? leaf.identifier()
        const kind = leaf.type.startsWith('css') ? 'css' : 'js'
        modules.push({ id: leaf.identifier(), key: keyOf(identifier), code: sourceOf(leaf), kind })
      }
    }
    chunks.push({ name: String(chunk.name ?? chunk.id), files, bytes, modules })
  }
  return { chunks }
}

async function minifiedBytes(code: string, kind: 'js' | 'css', cache: Map<string, number>): Promise<number> {
  if (kind === 'css') return Buffer.byteLength(code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' '))
  const cached = cache.get(code)
  if (cached !== undefined) return cached
  let bytes: number
  try {
    const result = await minify(code, { module: true, compress: { passes: 1 }, mangle: true, format: { comments: false } })
    bytes = Buffer.byteLength(result.code ?? '')
  } catch {
    bytes = Buffer.byteLength(code) // not parseable alone (rare): counted as is
  }
  cache.set(code, bytes)
  return bytes
}

async function measure(collected: Collected) {
  const cache = new Map<string, number>()
  const byChunk: Record<string, { files: string[]; emittedBytes: number; modules: Record<string, number> }> = {}
  const chunksOfKey = new Map<string, Set<string>>()
  const distinct = new Map<string, number>()
  let withCopies = 0
  for (const chunk of collected.chunks) {
    const modules: Record<string, number> = {}
    for (const mod of chunk.modules) {
      const bytes = await minifiedBytes(mod.code, mod.kind, cache)
      modules[mod.key] = (modules[mod.key] ?? 0) + bytes
      if (mod.kind === 'js') {
        withCopies += bytes
        distinct.set(mod.id, bytes)
      }
      if (!chunksOfKey.has(mod.key)) chunksOfKey.set(mod.key, new Set())
      chunksOfKey.get(mod.key)!.add(chunk.name)
    }
    const sorted = Object.fromEntries(Object.entries(modules).sort((a, b) => b[1] - a[1]))
    byChunk[chunk.name] = { files: chunk.files, emittedBytes: chunk.bytes, modules: sorted }
  }
  const duplicated = Object.fromEntries(
    [...chunksOfKey.entries()].filter(([key, names]) => names.size > 1 && key.includes('/')).map(([key, names]) => [key, [...names]]),
  )
  const distinctBytes = [...distinct.values()].reduce((sum, bytes) => sum + bytes, 0)
  // JS of every chunk together against the JS the pages need (each module once): 1.0 = no copies.
  const js = { allChunksBytes: withCopies, distinctModulesBytes: distinctBytes, copiesFactor: Number((withCopies / Math.max(distinctBytes, 1)).toFixed(2)) }
  return { unit: 'bytes, minified per module (terser)', js, chunks: byChunk, duplicated }
}
