import zlib from 'node:zlib'
import { promisify } from 'node:util'
import type { Compiler } from 'webpack'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Text assets worth compressing; smaller ones cost more in headers than they save. */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/
const MIN_BYTES = 1024

/**
 * Writes `<asset>.br` (brotli, quality 11) and `<asset>.gz` (gzip -9) beside every text asset of
 * the H5 build, so the sandbox's static server (`@fastify/static` with `preCompressed`) sends
 * compressed files without compressing on each request.
 */
export class PrecompressAssets {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PrecompressAssets', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'PrecompressAssets', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async (assets) => {
          await Promise.all(
            Object.keys(assets)
              .filter((name) => COMPRESSIBLE.test(name))
              .map(async (name) => {
                const input = Buffer.from(assets[name].source() as string | Buffer)
                if (input.length < MIN_BYTES) return
                const [br, gz] = await Promise.all([
                  brotli(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length } }),
                  gzip(input, { level: 9 }),
                ])
                compilation.emitAsset(`${name}.br`, new sources.RawSource(br))
                compilation.emitAsset(`${name}.gz`, new sources.RawSource(gz))
              }),
          )
        },
      )
    })
  }
}
