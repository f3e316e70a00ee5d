import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { defineConstantsOf, resolveBuildEnvironment, type BuildEnvironment } from './env'
import { splitH5Chunks } from './h5-chunks'
import { PreloadFirstPage } from './h5-preload'
import { PrecompressAssets } from './precompress'
import { ModuleSizeReport } from './module-size-report'
import prodConfig from './prod'
// Taro's plugin loader compiles only the plugin file itself, not what it imports: loading it here,
// through the config loader (which compiles all of config/), puts it and its imports in the cache.
import './release-plugin'

// ---- Environments and release (README "Environments and release") -------------------------
// APP_ENV (development | staging | production) picks config/env/<name>.ts; variables override each
// value. development calls the sandbox (SANDBOX_URL, default http://127.0.0.1:8787); H5 is served
// by the sandbox itself and calls a relative path. A staging/production build with an API base
// that is not https:// or a missing appid or template id stops here, before webpack starts.
function buildEnvironmentOrExit(target: string): BuildEnvironment {
  try {
    return resolveBuildEnvironment(target)
  } catch (error) {
    // Taro swallows an error thrown by this file and then reports a missing config file: say why
    // (a ReleaseConfigError lists every problem; an unknown APP_ENV says which values exist).
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}

function releasePlugins(build: BuildEnvironment): [string, Record<string, string>][] {
  return [[path.resolve(__dirname, 'release-plugin.ts'), { target: build.target, appId: build.appId }]]
}
// ---- end of environments and release ---------------------------------------------------------

// Taro compiles only sourceRoot (src/) by default: the shared pure rules are TypeScript outside it.
const contractRules = path.resolve(__dirname, '..', 'contract/rules')
const axiosStub = path.resolve(__dirname, 'stubs/axios-no-adapter.js')
const axiosAdapters = path.resolve(__dirname, '..', 'node_modules/axios/lib/adapters')

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function stubAxiosAdapters(chain: any): void {
  chain.resolve.alias.set(path.join(axiosAdapters, 'xhr.js'), axiosStub).set(path.join(axiosAdapters, 'fetch.js'), axiosStub)
}

export default defineConfig<'webpack5'>(async (merge) => {
  const taroEnv = process.env.TARO_ENV || 'h5'
  const build = buildEnvironmentOrExit(taroEnv)
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'city-services',
    date: '2026-11-27',
    // NutUI's stylesheets are written for a 375 px design; ours for 750 (Taro default).
    designWidth(input) {
      const file = (input as { file?: string } | undefined)?.file?.replace(/\\+/g, '/')
      return file && file.includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: build.outputRoot,
    plugins: releasePlugins(build),
    defineConstants: defineConstantsOf(build),
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      // The neutral contract package: the client imports types from '@contract' and pure rules
      // from '@contract/rules' (no TypeBox, no Node API).
      '@contract/rules': contractRules,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    sass: {
      resource: [path.resolve(__dirname, '..', 'src/styles/theme.scss')],
    },
    mini: {
      webpackChain(chain) {
        stubAxiosAdapters(chain)
        if (process.env.ANALYZE) {
          // Hidden source maps let the report charge each byte of the minified output to its source.
          chain.devtool('hidden-source-map')
          chain.output.devtoolModuleFilenameTemplate('[absolute-resource-path]')
          chain.plugin('module-size-report').use(ModuleSizeReport, [path.resolve(__dirname, '..', `dist/${taroEnv}-modules.json`)])
        }
      },
      // react-query and NutUI ship untranspiled class fields / optional chaining.
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: [contractRules, (file: string) => /node_modules[\\/](@tanstack|@nutui)[\\/]/.test(file)] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        './config/postcss-drop-rtl.cjs': { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      webpackChain(chain) {
        stubAxiosAdapters(chain)
        if (process.env.NODE_ENV === 'production') {
          splitH5Chunks(chain)
          chain.plugin('precompress').use(PrecompressAssets)
          // app.config.ts pages[0]: what `/` shows.
          chain.plugin('preload-first-page').use(PreloadFirstPage, ['pages/home/index'])
        }
        if (process.env.ANALYZE) {
          // Hidden source maps let the report charge each byte of the minified output to its source.
          chain.devtool('hidden-source-map')
          chain.output.devtoolModuleFilenameTemplate('[absolute-resource-path]')
          chain.plugin('module-size-report').use(ModuleSizeReport, [path.resolve(__dirname, '..', `dist/${taroEnv}-modules.json`)])
        }
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      // Styles of these packages go through pxtransform; their JS through babel
      // (react-query's class private fields break under Taro's H5 terser quote_keys).
      esnextModules: ['nutui-react', '@nutui'],
      compile: { include: [contractRules, (file: string) => /node_modules[\\/](@tanstack|@nutui)[\\/]/.test(file)] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        './config/postcss-drop-rtl.cjs': { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
