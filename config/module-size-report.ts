import fs from 'node:fs'
import path from 'node:path'
import type { Compiler } from 'webpack'

/**
 * ANALYZE=1 builds write dist/<env>-modules.json: bytes per package (or src
 * folder) per chunk, so a budget overrun can be traced to what caused it.
 */
export class ModuleSizeReport {
  constructor(private readonly outFile: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('ModuleSizeReport', (stats) => {
      const json = stats.toJson({ modules: true, chunks: true, chunkModules: true, assets: false })
      const byChunk: Record<string, Record<string, number>> = {}
      for (const chunk of json.chunks ?? []) {
        const name = String(chunk.names?.[0] ?? chunk.id)
        const bag: Record<string, number> = (byChunk[name] = {})
        const visit = (mod: { name?: string; size?: number; modules?: unknown[] }) => {
          if (mod.modules && mod.modules.length) {
            for (const inner of mod.modules) visit(inner as typeof mod)
            return
          }
          const id = mod.name ?? '?'
          const match = id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/)
          const key = match ? match[1] : id.replace(/^\.\//, '').split('/').slice(0, 2).join('/')
          bag[key] = (bag[key] ?? 0) + (mod.size ?? 0)
        }
        for (const mod of chunk.modules ?? []) visit(mod as never)
      }
      fs.mkdirSync(path.dirname(this.outFile), { recursive: true })
      fs.writeFileSync(this.outFile, JSON.stringify(byChunk, null, 2))
    })
  }
}
