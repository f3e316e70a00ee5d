import type { Compilation, Compiler } from 'webpack'

/**
 * Adds `<link rel="preload">` to index.html for the chunks of the first page. Taro's H5 router
 * imports each page lazily, so without this the browser learns of the home page's chunks only
 * after app.js has downloaded and run: one more round trip (560 ms on Fast 3G) before the first
 * page can paint.
 */
export class PreloadFirstPage {
  /** `page`: the first page's path as in app.config (`pages/home/index`). */
  constructor(private readonly page: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('PreloadFirstPage', (compilation) => {
      // The html-webpack-plugin instance Taro registered (the one installed beside webpack).
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const HtmlWebpackPlugin = require('html-webpack-plugin') as {
        getHooks(compilation: Compilation): {
          alterAssetTagGroups: { tap(name: string, fn: (data: { headTags: unknown[] }) => unknown): void }
        }
        createHtmlTagObject(tag: string, attributes: Record<string, string | boolean>): unknown
      }
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstPage', (data) => {
        const publicPath = String(compilation.outputOptions.publicPath ?? '/').replace(/auto$/, '/')
        for (const file of this.firstPageFiles(compilation)) {
          const as = file.endsWith('.css') ? 'style' : 'script'
          data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as, href: `${publicPath}${file}` }))
        }
        return data
      })
    })
  }

  /** JS and CSS files of the lazily loaded chunk group that holds the first page's module. */
  private firstPageFiles(compilation: Compilation): string[] {
    const pageModule = new RegExp(`[\\\\/]src[\\\\/]${this.page.replace(/\//g, '[\\\\/]')}\\.(tsx|jsx|ts|js)$`)
    const files = new Set<string>()
    for (const group of compilation.chunkGroups) {
      if (group.isInitial()) continue
      const holdsPage = group.chunks.some((chunk) =>
        [...compilation.chunkGraph.getChunkModulesIterable(chunk)].some((module) => pageModule.test(module.nameForCondition() ?? '')),
      )
      if (!holdsPage) continue
      for (const file of group.getFiles()) if (/\.(js|css)$/.test(file)) files.add(file)
    }
    return [...files]
  }
}
