// Dependencies run src → contract ← mock: the app and the sandbox share only this package. Every
// import in src/, mock/ and contract/ is resolved to the top-level folder it lands in; the app may
// not reach into the sandbox nor the sandbox into the app, and the app takes from the TypeBox
// schemas (`@contract`) types only, so no schema code reaches the mini-program bundle.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const ROOT = resolve(__dirname, '..')

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) sourceFiles(path, out)
    else if (/\.(tsx?|m?js|cjs)$/.test(entry.name)) out.push(path)
  }
  return out
}

interface ImportRef {
  file: string
  specifier: string
  typeOnly: boolean
}

/** Static imports, re-exports, `import()` / `require()` / `jest.mock()` of a source text. */
function importsOf(source: string): Omit<ImportRef, 'file'>[] {
  const found: Omit<ImportRef, 'file'>[] = []
  // No '=', '(' or quote before `from`: a match never runs on past the end of a declaration.
  const statement = /^\s*(?:import|export)\s+(type\s+)?[^'";=()]*?\sfrom\s+['"]([^'"]+)['"]/gm
  for (const m of source.matchAll(statement)) found.push({ specifier: m[2], typeOnly: m[1] !== undefined })
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ specifier: m[1], typeOnly: false })
  for (const m of source.matchAll(/\b(?:import|require|jest\.mock|jest\.requireActual)\(\s*['"]([^'"]+)['"]/g)) found.push({ specifier: m[1], typeOnly: false })
  return found
}

/** The top-level folder an import lands in ('node_modules' for packages). */
function landsIn(file: string, specifier: string): string {
  if (specifier === '@contract' || specifier.startsWith('@contract/')) return 'contract'
  if (specifier.startsWith('@/')) return 'src'
  if (!specifier.startsWith('.')) return 'node_modules'
  return relative(ROOT, resolve(dirname(file), specifier)).split(sep)[0]
}

function importsUnder(folder: string): ImportRef[] {
  // This file's own examples above are not imports.
  return sourceFiles(join(ROOT, folder))
    .filter((file) => file !== __filename)
    .flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((ref) => ({ ...ref, file: relative(ROOT, file) })),
  )
}

const where = (refs: ImportRef[]) => refs.map((r) => `${r.file} → ${r.specifier}`)

describe('package boundaries', () => {
  it('finds the imports it checks (static, type-only, dynamic, require)', () => {
    const refs = importsOf(
      "import a from '../mock/x'\nexport type { A }\nexport interface X {\n  a: 'b'\n}\nimport {\n  B,\n  type C,\n} from '@contract'\nexport * from './y'\nimport './side-effect'\nconst c = require('../src/z')\njest.mock('../../mock/server', () => ({}))\n",
    )
    expect(refs).toEqual([
      { specifier: '../mock/x', typeOnly: false },
      { specifier: '@contract', typeOnly: false },
      { specifier: './y', typeOnly: false },
      { specifier: './side-effect', typeOnly: false },
      { specifier: '../src/z', typeOnly: false },
      { specifier: '../../mock/server', typeOnly: false },
    ])
    expect(importsUnder('src').length).toBeGreaterThan(500)
    expect(importsUnder('mock').length).toBeGreaterThan(300)
  })

  it('src/ imports nothing from mock/', () => {
    expect(where(importsUnder('src').filter((r) => landsIn(join(ROOT, r.file), r.specifier) === 'mock'))).toEqual([])
  })

  it('mock/ imports nothing from src/', () => {
    expect(where(importsUnder('mock').filter((r) => landsIn(join(ROOT, r.file), r.specifier) === 'src'))).toEqual([])
  })

  it('contract/ imports neither side', () => {
    const out = importsUnder('contract').filter((r) => ['src', 'mock'].includes(landsIn(join(ROOT, r.file), r.specifier)))
    expect(where(out)).toEqual([])
  })

  it('the app takes types only from the schemas, and pure rules by file', () => {
    // What ships: the app's own files (its tests run in jest and may read the schemas' values).
    const app = importsUnder('src').filter((r) => !/\.test\.tsx?$/.test(r.file) && landsIn(join(ROOT, r.file), r.specifier) === 'contract')
    expect(app.length).toBeGreaterThan(50)
    const bad = app.filter((r) => (r.specifier === '@contract' ? !r.typeOnly : !/^@contract\/rules\/[a-z-]+$/.test(r.specifier)))
    expect(where(bad)).toEqual([])
  })

  it('the pure rules import only each other, and contract types', () => {
    const rules = importsUnder(join('contract', 'rules')).filter((r) => !r.file.endsWith('.test.ts'))
    const bad = rules.filter((r) => !/^\.\/[a-z-]+$/.test(r.specifier) && !(r.typeOnly && /^\.\.\/[a-z-]+$/.test(r.specifier)))
    expect(where(bad)).toEqual([])
  })
})
