import fs from 'node:fs'
import path from 'node:path'
import type { IPluginContext } from '@tarojs/service'
import { appConfigFor, PROJECT_FILE, projectConfigFor } from './platform-app-config'

export interface ReleasePluginOptions {
  target: string
  /** The configured appid of this target ('' keeps the root project file's). */
  appId: string
}

/**
 * A local Taro plugin (config/index.ts "plugins"): per-platform app.json and the configured
 * appid in the developer-tool project file (dist/weapp/project.config.json,
 * dist/alipay/mini.project.json).
 */
export default function releasePlugin(ctx: IPluginContext, options: ReleasePluginOptions): void {
  ctx.modifyAppConfig((args) => {
    // Taro writes this very object to app.json: change it in place.
    const appConfig = args.appConfig as unknown as Record<string, unknown>
    const adjusted = appConfigFor(options.target, appConfig)
    for (const key of Object.keys(appConfig)) if (!(key in adjusted)) delete appConfig[key]
    Object.assign(appConfig, adjusted)
  })
  // Taro copies the root project file into the output during its setup, after onBuildStart:
  // adjust the copy once the build has finished (every rebuild in watch mode; idempotent).
  ctx.onBuildFinish(() => {
    const name = PROJECT_FILE[options.target]
    if (!name) return
    const file = path.join(ctx.paths.outputPath, name)
    if (!fs.existsSync(file)) return
    const project = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    fs.writeFileSync(file, JSON.stringify(projectConfigFor(options.target, project, options.appId), null, 2))
  })
}
