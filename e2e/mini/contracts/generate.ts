// Generates the platform API contracts the strict harness fakes enforce, from the platforms'
// own published typings: miniprogram-api-typings (WechatMiniprogram.Wx) for `wx` and
// @mini-types/my (the `my` namespace, what @mini-types/alipay references) for `my`.
// The TypeScript compiler resolves each API's first call signature; the option object's
// properties (name, optional or not, value kinds, literal unions / enums) and what `success`
// receives become JSON: e2e/mini/contracts/<platform>.json (checked in; contracts.test.ts
// regenerates it and fails when it differs, so it cannot go stale).
//
//   npx tsx e2e/mini/contracts/generate.ts            # rewrite the JSON files
//   npx tsx e2e/mini/contracts/generate.ts --check    # exit 1 if they are out of date

import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { API_NAMES } from './apis'
import type { ApiContract, ParamSchema, PlatformContracts, ValueKind, ValueSchema } from './schema'

type Target = 'weapp' | 'alipay'

const REPO = path.resolve(__dirname, '..', '..', '..')

function packageVersion(name: string): string {
  const file = require.resolve(`${name}/package.json`, { paths: [REPO] })
  return `${name}@${(JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version}`
}

/** A tiny program whose only file declares a variable of the platform object's type. */
function load(target: Target): { checker: ts.TypeChecker; object: ts.Type; node: ts.Node; source: string } {
  const entry = path.join(REPO, 'e2e/mini/contracts', `__entry_${target}.d.ts`)
  const text =
    target === 'weapp'
      ? `/// <reference path="${path.join(REPO, 'node_modules/miniprogram-api-typings/types/index.d.ts')}" />\ndeclare const __api: WechatMiniprogram.Wx\n`
      : `/// <reference path="${path.join(REPO, 'node_modules/@mini-types/my/types/index.d.ts')}" />\ndeclare const __api: typeof my\n`
  const host = ts.createCompilerHost({})
  const readFile = host.readFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.readFile = (file) => (path.resolve(file) === entry ? text : readFile(file))
  host.fileExists = (file) => path.resolve(file) === entry || fileExists(file)
  const program = ts.createProgram([entry], { noEmit: true, types: [], lib: ['lib.es2020.d.ts'], skipLibCheck: true, strict: true }, host)
  const checker = program.getTypeChecker()
  const sourceFile = program.getSourceFile(entry)
  if (!sourceFile) throw new Error(`cannot load ${entry}`)
  const statement = sourceFile.statements.find(ts.isVariableStatement)
  if (!statement) throw new Error('no declaration in the entry file')
  const decl = statement.declarationList.declarations[0]
  return {
    checker,
    object: checker.getTypeAtLocation(decl),
    node: decl,
    source: target === 'weapp' ? packageVersion('miniprogram-api-typings') : `${packageVersion('@mini-types/alipay')} (${packageVersion('@mini-types/my')})`,
  }
}

function describe(checker: ts.TypeChecker, type: ts.Type, seen = 0): ValueSchema {
  const kinds = new Set<ValueKind>()
  const literals: Array<string | number | boolean> = []
  let open = false // a member that is not a literal: no enum
  const visit = (t: ts.Type) => {
    if (t.flags & ts.TypeFlags.TypeParameter) {
      const constraint = checker.getBaseConstraintOfType(t)
      if (constraint && constraint !== t) return visit(constraint)
      kinds.add('any')
      open = true
      return
    }
    if (t.isUnion()) return t.types.forEach(visit)
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      kinds.add('any')
      open = true
    } else if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) {
      // optionality is recorded on the property
    } else if (t.flags & ts.TypeFlags.Null) kinds.add('null')
    else if (t.isStringLiteral()) {
      kinds.add('string')
      literals.push(t.value)
    } else if (t.isNumberLiteral()) {
      kinds.add('number')
      literals.push(t.value)
    } else if (t.flags & ts.TypeFlags.BooleanLiteral) {
      kinds.add('boolean')
      literals.push(checker.typeToString(t) === 'true')
    } else if (t.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) {
      kinds.add('string')
      open = true
    } else if (t.flags & ts.TypeFlags.Number) {
      kinds.add('number')
      open = true
    } else if (t.flags & ts.TypeFlags.Boolean) {
      kinds.add('boolean')
      open = true
    } else if (t.getCallSignatures().length > 0) {
      kinds.add('function')
      open = true
    } else if (checker.isArrayType(t) || checker.isTupleType(t)) {
      kinds.add('array')
      open = true
    } else if (t.flags & ts.TypeFlags.Object || t.flags & ts.TypeFlags.NonPrimitive || t.isIntersection()) {
      kinds.add('object')
      open = true
    } else {
      kinds.add('any')
      open = true
    }
  }
  visit(type)
  void seen
  const schema: ValueSchema = { kinds: kinds.has('any') ? ['any'] : [...kinds].sort() }
  // Booleans "true | false" are just boolean.
  const onlyBooleans = literals.length > 0 && literals.every((v) => typeof v === 'boolean')
  if (!open && literals.length > 0 && !(onlyBooleans && literals.length === 2)) schema.enum = [...new Set(literals)].sort((a, b) => String(a).localeCompare(String(b)))
  return schema
}

function propertiesOf(checker: ts.TypeChecker, type: ts.Type, node: ts.Node): Record<string, ParamSchema> | undefined {
  const t = type.flags & ts.TypeFlags.TypeParameter ? (checker.getBaseConstraintOfType(type) ?? type) : type
  const nonNullable = checker.getNonNullableType(t)
  if (!(nonNullable.flags & ts.TypeFlags.Object) && !nonNullable.isIntersection()) return undefined
  if (nonNullable.getCallSignatures().length > 0 || checker.isArrayType(nonNullable)) return undefined
  const out: Record<string, ParamSchema> = {}
  // A string index signature (e.g. wx.requestSubscribeMessage's [TEMPLATE_ID: string]: string)
  // is recorded as the key "*": any other key with a value of that kind.
  const index = checker.getIndexInfoOfType(nonNullable, ts.IndexKind.String)
  if (index) out['*'] = { ...describe(checker, index.type), required: false }
  for (const property of checker.getPropertiesOfType(nonNullable).sort((a, b) => a.name.localeCompare(b.name))) {
    const propertyType = checker.getTypeOfSymbolAtLocation(property, node)
    out[property.name] = { ...describe(checker, propertyType), required: !(property.flags & ts.SymbolFlags.Optional) }
  }
  return out
}

function isOptionalParameter(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  const decl = symbol.valueDeclaration
  return !!decl && ts.isParameter(decl) && (decl.questionToken !== undefined || decl.initializer !== undefined || checker.isOptionalParameter(decl))
}

function contractOf(checker: ts.TypeChecker, object: ts.Type, node: ts.Node, name: string): ApiContract | null {
  const symbol = checker.getPropertyOfType(object, name)
  if (!symbol) return null
  const type = checker.getTypeOfSymbolAtLocation(symbol, node)
  const signatures = type.getCallSignatures()
  if (signatures.length === 0) return null
  // Several overloads (rare): the one with the most parameters documents them all.
  const signature = [...signatures].sort((a, b) => b.getParameters().length - a.getParameters().length)[0]
  const parameters = signature.getParameters()
  const returnProps = (() => {
    const returned = checker.getNonNullableType(signature.getReturnType())
    if (returned.flags & ts.TypeFlags.Void || returned.getCallSignatures().length > 0) return undefined
    const symbolName = returned.getSymbol()?.getName()
    if (symbolName === 'Promise') return undefined
    return propertiesOf(checker, returned, node)
  })()
  const first = parameters[0]
  const firstType = first ? checker.getTypeOfSymbolAtLocation(first, node) : undefined
  const firstProps = firstType ? propertiesOf(checker, firstType, node) : undefined
  const callbacky = firstProps && ('success' in firstProps || 'fail' in firstProps || 'complete' in firstProps)
  if (first && parameters.length === 1 && firstProps && (callbacky || !/^(key|data|listener|callback)$/.test(first.name))) {
    const contract: ApiContract = { form: 'options', params: firstProps, optionsOptional: isOptionalParameter(checker, first) }
    const success = firstProps.success && checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(checker.getPropertyOfType(checker.getNonNullableType(firstType!), 'success')!, node))
    const successSignature = success?.getCallSignatures()[0]
    const resultSymbol = successSignature?.getParameters()[0]
    if (resultSymbol) {
      const resultProps = propertiesOf(checker, checker.getTypeOfSymbolAtLocation(resultSymbol, node), node)
      if (resultProps) contract.success = resultProps
    }
    if (returnProps && Object.keys(returnProps).length > 0 && !callbacky) contract.returns = returnProps
    return contract
  }
  const contract: ApiContract = {
    form: 'positional',
    args: parameters.map((p) => ({ name: p.name, ...describe(checker, checker.getTypeOfSymbolAtLocation(p, node)), required: !isOptionalParameter(checker, p) })),
  }
  if (returnProps && Object.keys(returnProps).length > 0) contract.returns = returnProps
  return contract
}

/**
 * Where the platform's published documentation is stricter than its typings, the contract follows
 * the documentation (each entry cites it). Applied after generation, listed in README.md.
 */
export const DOCUMENTED_NARROWINGS: Record<Target, Array<{ api: string; where: 'params' | 'success'; key: string; enum: Array<string | number>; source: string }>> = {
  weapp: [
    // https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html: type "wgs84" | "gcj02"
    { api: 'getLocation', where: 'params', key: 'type', enum: ['gcj02', 'wgs84'], source: 'wx.getLocation docs: type wgs84 | gcj02' },
  ],
  alipay: [
    // https://opendocs.alipay.com/mini/api/owycmh (my.request): "method … 支持 GET、POST、PUT、DELETE"
    { api: 'request', where: 'params', key: 'method', enum: ['DELETE', 'GET', 'POST', 'PUT'], source: 'my.request docs: GET/POST/PUT/DELETE' },
    // https://opendocs.alipay.com/mini/api/openapi-pay (my.tradePay): resultCode 9000 8000 4000 5000 6001 6002 6004
    { api: 'tradePay', where: 'success', key: 'resultCode', enum: ['4000', '5000', '6001', '6002', '6004', '8000', '9000'], source: 'my.tradePay docs: resultCode values' },
  ],
}

/**
 * Where the typings lag behind the documentation (an argument the docs describe but the typings
 * omit), the documented argument list wins. Each entry cites the page.
 */
export const DOCUMENTED_ARGUMENTS: Record<Target, Array<{ api: string; args: NonNullable<ApiContract['args']>; source: string }>> = {
  weapp: [
    // https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.offUserCaptureScreen.html:
    // "wx.offUserCaptureScreen(function listener) … 不传此参数则移除所有监听函数" (typings 5.2.3: no argument)
    { api: 'offUserCaptureScreen', args: [{ name: 'listener', kinds: ['function'], required: false }], source: 'wx.offUserCaptureScreen docs' },
  ],
  alipay: [],
}

/** Every function-valued member of the platform object (to tell "not simulated" from "does not exist"). */
function allApiNames(checker: ts.TypeChecker, object: ts.Type, node: ts.Node): string[] {
  return checker
    .getPropertiesOfType(object)
    .filter((symbol) => checker.getTypeOfSymbolAtLocation(symbol, node).getCallSignatures().length > 0)
    .map((symbol) => symbol.name)
    .sort()
}

export function generate(target: Target): PlatformContracts {
  const { checker, object, node, source } = load(target)
  const apis: Record<string, ApiContract> = {}
  const missing: string[] = []
  for (const name of [...API_NAMES[target]].sort()) {
    const contract = contractOf(checker, object, node, name)
    if (contract) apis[name] = contract
    else missing.push(name)
  }
  if (missing.length > 0) throw new Error(`${target}: not in the platform typings (${source}): ${missing.join(', ')}`)
  for (const narrowing of DOCUMENTED_NARROWINGS[target]) {
    const schema = (narrowing.where === 'params' ? apis[narrowing.api]?.params : apis[narrowing.api]?.success)?.[narrowing.key]
    if (!schema) throw new Error(`${target}.${narrowing.api}: no ${narrowing.where}.${narrowing.key} to narrow`)
    schema.enum = narrowing.enum
  }
  for (const correction of DOCUMENTED_ARGUMENTS[target]) {
    const contract = apis[correction.api]
    if (contract?.form !== 'positional') throw new Error(`${target}.${correction.api}: not a positional API`)
    contract.args = correction.args
  }
  return { source, apis, allApis: allApiNames(checker, object, node) }
}

export const CONTRACT_FILES: Record<Target, string> = {
  weapp: path.join(__dirname, 'weapp.json'),
  alipay: path.join(__dirname, 'alipay.json'),
}

export function render(contracts: PlatformContracts): string {
  return `${JSON.stringify(contracts, null, 1)}\n`
}

if (require.main === module) {
  const check = process.argv.includes('--check')
  let stale = false
  for (const target of ['weapp', 'alipay'] as const) {
    const text = render(generate(target))
    const file = CONTRACT_FILES[target]
    if (check) {
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
        console.error(`${path.relative(REPO, file)} is out of date: run npx tsx e2e/mini/contracts/generate.ts`)
        stale = true
      }
    } else {
      fs.writeFileSync(file, text)
      console.log(`${path.relative(REPO, file)}: ${text.length} bytes`)
    }
  }
  if (stale) process.exit(1)
}
