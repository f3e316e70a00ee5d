// Every e2e hook and test has an explicit timeout (CI machines are busy: the privacy journey's
// beforeAll once failed at jest's default 5 s). Either the file sets one for all of them with a
// top-level `jest.setTimeout(ms)` before its first hook or test, or each call passes its own.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'

/** Arguments a call needs to carry a timeout: hooks (fn, ms), tests (name, fn, ms). */
const NEEDS: Record<string, number> = { beforeAll: 2, beforeEach: 2, afterAll: 2, afterEach: 2, test: 3, it: 3 }

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full)
    return entry.name.endsWith('.test.ts') ? [full] : []
  })
}

const calleeName = (call: ts.CallExpression): string | null => {
  const callee = call.expression
  if (ts.isIdentifier(callee)) return callee.text
  // test.each / describe.each etc. are not used here; `jest.setTimeout` is handled apart.
  return null
}

/** Hooks and tests without their own timeout, in a file with no top-level jest.setTimeout before them. */
function untimed(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  let fileTimeoutAt = Infinity
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue
    const callee = statement.expression.expression
    if (ts.isPropertyAccessExpression(callee) && callee.expression.getText(source) === 'jest' && callee.name.text === 'setTimeout') {
      fileTimeoutAt = Math.min(fileTimeoutAt, statement.getStart(source))
    }
  }
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node)
      const need = name === null ? undefined : NEEDS[name]
      if (need !== undefined && node.arguments.length < need && node.getStart(source) < fileTimeoutAt) {
        found.push(`${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${name}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

test('every e2e hook and test has an explicit timeout', () => {
  const files = testFiles(__dirname)
  expect(files.length).toBeGreaterThan(10)
  expect(files.flatMap(untimed)).toEqual([])
}, 60_000)

test('the check catches a hook left at the default', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeouts-'))
  const bad = path.join(dir, 'bad.test.ts')
  fs.writeFileSync(bad, "beforeAll(async () => {})\ntest('x', () => {}, 1000)\njest.setTimeout(1000)\nafterAll(() => {})\n")
  expect(untimed(bad).map((entry) => entry.replace(/^.*:/, ''))).toEqual(['1 beforeAll'])
}, 10_000)
