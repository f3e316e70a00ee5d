/**
 * @jest-environment node
 */
import fs from 'node:fs'
import path from 'node:path'

// DESIGN.md §2/§4: only src/platform/ knows the target; features never import each other.
const SRC = path.resolve(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const files = sourceFiles(SRC)

test('no code outside src/platform reads TARO_ENV or calls wx.* / my.*', () => {
  const offenders = files
    .filter((file) => !file.startsWith(path.join(SRC, 'platform') + path.sep))
    .flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => /\b(wx|my)\.[a-zA-Z]+\s*\(|\bTARO_ENV\b|\bwx\s*\[|\bmy\s*\[/.test(line))
        .map(({ index }) => `${path.relative(SRC, file)}:${index + 1}`),
    )
  expect(offenders).toEqual([])
})

test('the scan itself catches a violation', () => {
  expect(/\b(wx|my)\.[a-zA-Z]+\s*\(/.test('wx.login()')).toBe(true)
  expect(/\bTARO_ENV\b/.test('process.env.TARO_ENV')).toBe(true)
})

test('a feature never imports another feature', () => {
  const featuresDir = path.join(SRC, 'features')
  if (!fs.existsSync(featuresDir)) return
  const offenders: string[] = []
  for (const file of files.filter((f) => f.startsWith(featuresDir + path.sep))) {
    const own = path.relative(featuresDir, file).split(path.sep)[0]
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const spec = match[1]
      const target = spec.startsWith('@/features/')
        ? spec.split('/')[2]
        : spec.startsWith('.')
          ? path.relative(featuresDir, path.resolve(path.dirname(file), spec)).split(path.sep)[0]
          : null
      if (target && target !== own && !target.startsWith('..')) offenders.push(`${path.relative(SRC, file)} → ${spec}`)
    }
  }
  expect(offenders).toEqual([])
})
