// A read-only view of what a page renders: Taro's data tree (`root.cn`, `nn`, `v`,
// `sid`, `cl`, `st`, `p0…`) interpreted through the base templates, so tests can
// ask for text, find elements and know which of them the view layer binds to `eh`.

import type { TemplateInfo } from './templates'

export interface RawNode {
  nn?: string
  sid?: string
  uid?: string
  v?: string
  cl?: string
  st?: string
  cn?: RawNode[]
  [key: string]: unknown
}

export interface ViewNode {
  raw: RawNode
  /** Native tag: view, text, button, input, image, scroll-view, '#text', or 'nn:<n>' when unknown. */
  tag: string
  /** The id the view layer gives the element (uid || sid). */
  id: string
  sid: string
  className: string
  parent: ViewNode | null
  children: ViewNode[]
  template: TemplateInfo | undefined
  /** Attribute value as the view layer would see it (template default applied). */
  attr(name: string): unknown
  /** Event types bound to `eh` on this element (tap, input, …). */
  binds(type: string): boolean
}

const BLOCK_TAGS = new Set(['view', 'button', 'scroll-view', 'swiper', 'swiper-item', 'form', 'label', 'image', 'input', 'textarea'])

function parseDefault(value: string | undefined): unknown {
  if (value === undefined) return undefined
  if (value === '!1' || value === 'false') return false
  if (value === '!0' || value === 'true') return true
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  return value
}

export function buildView(root: RawNode | undefined, templates: Map<string, TemplateInfo>): ViewNode {
  const make = (raw: RawNode, parent: ViewNode | null): ViewNode => {
    const template = raw.nn !== undefined ? templates.get(String(raw.nn)) : undefined
    const isRoot = parent === null
    const tag = isRoot ? '#root' : template ? template.tag : raw.v !== undefined ? '#text' : `nn:${String(raw.nn)}`
    const node: ViewNode = {
      raw,
      tag,
      id: String(raw.uid ?? raw.sid ?? ''),
      sid: String(raw.sid ?? ''),
      className: typeof raw.cl === 'string' ? raw.cl : '',
      parent,
      children: [],
      template,
      attr(name: string) {
        if (name === 'class') return node.className
        if (name === 'style') return raw.st
        const key = template?.attrs.get(name)
        const value = key !== undefined ? raw[key] : undefined
        return value === undefined ? parseDefault(template?.defaults.get(name)) : value
      },
      binds(type: string) {
        return !!template?.events.has(type)
      },
    }
    node.children = (Array.isArray(raw.cn) ? raw.cn : []).map((child) => make(child, node))
    return node
  }
  return make(root ?? { cn: [] }, null)
}

export function isHidden(node: ViewNode): boolean {
  if (node.tag === '#text') return false
  if (node.attr('hidden') === true) return true
  const style = typeof node.raw.st === 'string' ? node.raw.st : ''
  return /(^|;)\s*display\s*:\s*none\b/i.test(style)
}

/** Visible text; block-level elements are separated by line breaks, inline runs are joined. */
export function textOf(node: ViewNode): string {
  const parts: string[] = []
  const walk = (n: ViewNode) => {
    if (isHidden(n)) return
    if (n.tag === '#text') {
      parts.push(String(n.raw.v ?? ''))
      return
    }
    const block = BLOCK_TAGS.has(n.tag)
    if (block) parts.push('\n')
    if (n.tag === 'input' || n.tag === 'textarea') {
      const value = n.attr('value')
      if (typeof value === 'string' && value) parts.push(value)
    }
    n.children.forEach(walk)
    if (block) parts.push('\n')
  }
  walk(node)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

export function walk(node: ViewNode, visit: (n: ViewNode) => void): void {
  visit(node)
  node.children.forEach((child) => walk(child, visit))
}

export function ancestorsAndSelf(node: ViewNode): ViewNode[] {
  const chain: ViewNode[] = []
  for (let n: ViewNode | null = node; n && n.parent; n = n.parent) chain.push(n)
  return chain
}

/** The elements a native tap on `node` reaches, in bubbling order, until a catch binding. */
export function bubblePath(node: ViewNode, type: string): ViewNode[] {
  const path: ViewNode[] = []
  for (const n of ancestorsAndSelf(node)) {
    if (n.tag === '#text') continue
    const event = n.template?.events.get(type)
    if (!event) continue
    path.push(n)
    if (event.catches) break
  }
  return path
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export interface FindTextOptions {
  /** Whole text of the element equals the string (after collapsing whitespace). Default: try exact, then contains. */
  exact?: boolean
  /** Only elements whose bubble path reaches an element bound to this event (default 'tap' for tapping helpers). */
  bound?: string
}

/**
 * The deepest visible element whose text matches, preferring an exact match over a
 * "contains" match, and (with `bound`) only elements from which the event reaches a
 * bound handler.
 */
export function findByText(root: ViewNode, text: string, options: FindTextOptions = {}): ViewNode | null {
  const wanted = normalise(text)
  const candidates = (exact: boolean): ViewNode[] => {
    const found: ViewNode[] = []
    const visit = (n: ViewNode): boolean => {
      if (isHidden(n)) return false
      let childMatched = false
      for (const child of n.children) if (visit(child)) childMatched = true
      if (n.tag === '#text' || n.tag === '#root') return childMatched
      const own = normalise(textOf(n).replace(/\n/g, ' '))
      const matches = exact ? own === wanted : own.includes(wanted)
      if (!matches || childMatched) return matches || childMatched
      if (options.bound && bubblePath(n, options.bound).length === 0) return false
      found.push(n)
      return true
    }
    visit(root)
    return found
  }
  if (options.exact !== false) {
    const exact = candidates(true)
    if (exact.length) return exact[0]
    if (options.exact === true) return null
  }
  const loose = candidates(false)
  return loose[0] ?? null
}

export function findAll(root: ViewNode, predicate: (n: ViewNode) => boolean): ViewNode[] {
  const out: ViewNode[] = []
  walk(root, (n) => {
    if (n.parent && predicate(n)) out.push(n)
  })
  return out
}

export function hasClass(node: ViewNode, className: string): boolean {
  return node.className.split(/\s+/).includes(className)
}

/** Indented outline for failure messages: tag.class "text" [tap]. */
export function outline(root: ViewNode, maxLines = 200): string {
  const lines: string[] = []
  const visit = (n: ViewNode, depth: number) => {
    if (lines.length >= maxLines) return
    if (n.tag === '#text') {
      const v = String(n.raw.v ?? '').trim()
      if (v) lines.push(`${'  '.repeat(depth)}"${v}"`)
      return
    }
    if (n.parent) {
      const cls = n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : ''
      const events = n.template ? [...n.template.events.keys()].filter((e) => e === 'tap' || e === 'input') : []
      lines.push(`${'  '.repeat(depth)}${n.tag}${cls}${events.length ? ` [${events.join(',')}]` : ''}${isHidden(n) ? ' (hidden)' : ''}`)
    }
    n.children.forEach((c) => visit(c, n.parent ? depth + 1 : depth))
  }
  visit(root, 0)
  return lines.join('\n')
}

/** Element/text node count and maximum depth of a rendered tree (platform guidance: < 1000 nodes, depth < 30). */
export function treeStats(root: ViewNode): { nodes: number; depth: number } {
  let nodes = 0
  let depth = 0
  const visit = (n: ViewNode, d: number) => {
    if (n.parent) {
      nodes += 1
      depth = Math.max(depth, d)
    }
    n.children.forEach((c) => visit(c, n.parent ? d + 1 : d))
  }
  visit(root, 1)
  return { nodes, depth }
}
