import fs from 'node:fs'
import path from 'node:path'
import type { Compiler } from 'webpack'

/**
 * ANALYZE=1 builds write dist/<env>-modules.json: for every emitted JS file, the bytes of the
 * minified output that each package (or src folder) accounts for, so a budget overrun can be
 * traced to what caused it.
 *
 * Webpack's own module sizes are taken before tree shaking and minification (vendors 343 KB
 * reported for a 126 KB file; axios 129 KB for 40 KB), and minifying each module alone still
 * counts the exports tree shaking drops (all of tslib). So the figures here come from the emitted
 * file itself: ANALYZE builds also write hidden source maps, and every character of the minified
 * output is charged to the source file its mapping names (webpack's runtime and glue, which map to
 * nothing, are "(unmapped)"). The figures add up to the file's size.
 *
 * `js` compares the JS of all files with each source file counted once (1.0 = no copies).
 */
export class ModuleSizeReport {
  constructor(private readonly outFile: string) {}

  apply(compiler: Compiler): void {
    const { Compilation } = compiler.webpack
    compiler.hooks.thisCompilation.tap('ModuleSizeReport', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ModuleSizeReport', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const files: Record<string, { bytes: number; byPackage: Record<string, number> }> = {}
        const bySource = new Map<string, number[]>()
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.js')) continue
          const code = String(assets[name].source())
          const mapAsset = assets[`${name}.map`]
          const perSource = mapAsset ? bytesPerSource(code, JSON.parse(String(mapAsset.source())) as RawMap) : new Map([['(no source map)', Buffer.byteLength(code)]])
          const byPackage: Record<string, number> = {}
          for (const [source, bytes] of perSource) {
            const key = keyOf(source)
            byPackage[key] = (byPackage[key] ?? 0) + bytes
            if (source.startsWith('(')) continue
            if (!bySource.has(source)) bySource.set(source, [])
            bySource.get(source)!.push(bytes)
          }
          files[name] = { bytes: Buffer.byteLength(code), byPackage: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])) }
        }
        const all = [...bySource.values()].flat().reduce((sum, bytes) => sum + bytes, 0)
        const once = [...bySource.values()].reduce((sum, copies) => sum + Math.max(...copies), 0)
        const duplicated = Object.fromEntries([...bySource.entries()].filter(([, copies]) => copies.length > 1).map(([source, copies]) => [source, copies.length]))
        const report = {
          unit: 'bytes of the minified output, charged through hidden source maps',
          js: { allFilesBytes: all, eachSourceOnceBytes: once, copiesFactor: Number((all / Math.max(once, 1)).toFixed(2)) },
          files,
          duplicated,
        }
        fs.mkdirSync(path.dirname(this.outFile), { recursive: true })
        fs.writeFileSync(this.outFile, JSON.stringify(report, null, 2))
      })
    })
  }
}

interface RawMap {
  sources: string[]
  mappings: string
}

/** node_modules/<package>, the first two segments of a project path (src/api…), or the pseudo source. */
function keyOf(source: string): string {
  if (source.startsWith('(')) return source
  const match = source.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/!?]+)/)
  if (match) return match[1]
  const clean = source.replace(/^webpack:\/\/[^/]*\//, '').split('?')[0]
  const relative = path.isAbsolute(clean) ? path.relative(process.cwd(), clean) : clean.replace(/^\.\//, '')
  return relative.split(path.sep).join('/').split('/').slice(0, 2).join('/')
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUE = new Map([...BASE64].map((char, i) => [char, i]))

/** Decodes one segment of base64 VLQ numbers (source-map v3). */
function decodeSegment(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char)!
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

/** Bytes of `code` per original source: each mapped segment runs until the next one on its line. */
function bytesPerSource(code: string, map: RawMap): Map<string, number> {
  const totals = new Map<string, number>()
  const add = (source: string, text: string) => totals.set(source, (totals.get(source) ?? 0) + Buffer.byteLength(text))
  const lines = code.split('\n')
  const mappingLines = map.mappings.split(';')
  let sourceIndex = 0
  lines.forEach((line, lineIndex) => {
    const segments = (mappingLines[lineIndex] ?? '').split(',').filter(Boolean)
    let column = 0
    const starts: Array<{ column: number; source: number | null }> = []
    for (const segment of segments) {
      const fields = decodeSegment(segment)
      column += fields[0]
      if (fields.length >= 4) {
        sourceIndex += fields[1]
        starts.push({ column, source: sourceIndex })
      } else {
        starts.push({ column, source: null })
      }
    }
    if (starts.length === 0 || starts[0].column > 0) add('(unmapped)', line.slice(0, starts[0]?.column ?? line.length))
    starts.forEach((start, i) => {
      const text = line.slice(start.column, starts[i + 1]?.column ?? line.length)
      add(start.source === null ? '(unmapped)' : map.sources[start.source] ?? '(unmapped)', text)
    })
    if (lineIndex < lines.length - 1) add('(unmapped)', '\n')
  })
  return totals
}
