// Runs WeChat's compiler (miniprogram-ci getCompiledResult) on weapp directories, offline,
// in its own process: miniprogram-ci keeps worker processes and timers alive for minutes
// and sets process-wide proxy state, so the test runs it here and reads the result file.
// Loading miniprogram-ci costs ~10 s per process: every project given is compiled in this one
// process, one after the other (concurrent compiles time out forking miniprogram-ci's workers).
//
// usage: node wechat-compile.cjs <resultFile> <projectPath>...   → resultFile: one result per project
'use strict'
const crypto = require('node:crypto')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

async function compile(ci, projectPath) {
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ci-key-'))
  try {
    const config = JSON.parse(fs.readFileSync(path.join(projectPath, 'project.config.json'), 'utf8'))
    // Compiling never signs anything: any well-formed key will do.
    const keyPath = path.join(keyDir, 'private.key')
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })
    fs.writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }))
    const project = new ci.Project({
      appid: config.appid || 'touristappid',
      type: 'miniProgram',
      projectPath,
      privateKeyPath: keyPath,
      ignores: ['node_modules/**/*'],
    })
    // Without this the project asks WeChat's servers for the account's attributes.
    project.attr = async () => ci.DefaultProjectAttr
    // es6 runs every script through Babel's parser; minifyWXML / minifyWXSS parse every template and style.
    const files = await ci.getCompiledResult({ project, version: '0.0.0-e2e', setting: { es6: true, minifyWXML: true, minifyWXSS: true } })
    const sizes = {}
    for (const [name, content] of Object.entries(files)) sizes[name] = typeof content === 'string' ? Buffer.byteLength(content) : content.length
    return { ok: true, files: sizes }
  } catch (error) {
    return { ok: false, error: { message: String((error && error.message) || error), code: error && error.code, path: error && error.path } }
  } finally {
    fs.rmSync(keyDir, { recursive: true, force: true })
  }
}

async function main() {
  const [resultFile, ...projectPaths] = process.argv.slice(2)
  const ci = require('miniprogram-ci')
  // Offline: the only request the compiler makes (its file-extension whitelist) falls back to
  // the built-in list when it fails; a dead proxy makes sure nothing leaves the machine.
  ci.proxy('http://127.0.0.1:9')
  const results = []
  for (const projectPath of projectPaths) results.push(await compile(ci, projectPath))
  fs.writeFileSync(resultFile, JSON.stringify(results))
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
