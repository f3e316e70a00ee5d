// Reads Taro's generated base template (base.wxml / base.axml) to learn, for each
// compressed node name (`nn`), which native component it renders, which attribute
// each compressed prop (`p0`, `p1`, …) feeds, and which events are bound to the
// page's `eh` handler. This is exactly what the real view layer does with the data.

import fs from 'node:fs'
import path from 'node:path'

export type Platform = 'weapp' | 'alipay'

export interface BoundEvent {
  /** Lower-case event type as the runtime sees it: tap, input, confirm, touchstart… */
  type: string
  /** catchtap / catchTap: stops native bubbling. */
  catches: boolean
}

export interface TemplateInfo {
  nn: string
  /** Native component tag (view, text, button, input…), or '#text' for text nodes. */
  tag: string
  /** attribute name → data key it is read from (e.g. placeholder → p11, class → cl). */
  attrs: Map<string, string>
  /** attribute name → default written in the template (xs.b(i.p2,!1) / i.p1||'none'). */
  defaults: Map<string, string>
  events: Map<string, BoundEvent>
}

export function baseTemplateFile(platform: Platform): string {
  return platform === 'weapp' ? 'base.wxml' : 'base.axml'
}

function eventOf(platform: Platform, attr: string): BoundEvent | null {
  if (platform === 'weapp') {
    const m = /^(capture-)?(bind|catch|mut-bind):?([a-z]+)$/.exec(attr)
    return m ? { type: m[3], catches: m[2] === 'catch' } : null
  }
  const m = /^(on|catch)([A-Z][A-Za-z]*)$/.exec(attr)
  return m ? { type: m[2].toLowerCase(), catches: m[1] === 'catch' } : null
}

function parseOpeningTag(platform: Platform, nn: string, tag: string, attrText: string): TemplateInfo {
  const info: TemplateInfo = { nn, tag, attrs: new Map(), defaults: new Map(), events: new Map() }
  for (const m of attrText.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) {
    const [, name, value] = m
    if (value === 'eh') {
      const event = eventOf(platform, name)
      if (event) info.events.set(event.type, event)
      continue
    }
    // {{i.p3}}, {{xs.b(i.p2,!1)}}, {{i.p1||'none'}}, {{i.uid||i.sid}}
    const key = /\bi\.([A-Za-z]\w*)/.exec(value)
    if (key) info.attrs.set(name, key[1])
    const dflt = /xs\.b\(i\.\w+,\s*([^)]*)\)|\|\|\s*([^}]+)\}\}/.exec(value)
    if (dflt) info.defaults.set(name, (dflt[1] ?? dflt[2]).trim().replace(/^'(.*)'$/, '$1'))
  }
  return info
}

/** nn → template, from the level-0 templates (deeper levels repeat the same shapes). */
export function loadTemplates(distDir: string, platform: Platform): Map<string, TemplateInfo> {
  const source = fs.readFileSync(path.join(distDir, baseTemplateFile(platform)), 'utf8')
  const templates = new Map<string, TemplateInfo>()
  const blocks = new Map<string, string>()
  for (const m of source.matchAll(/<template name="([^"]+)">([\s\S]*?)<\/template>/g)) blocks.set(m[1], m[2].trim())

  for (const [name, body] of blocks) {
    const m = /^tmpl_0_(\w+?)(_blur|_focus)?$/.exec(name)
    if (!m) continue
    const nn = m[1]
    if (m[2] === '_focus') continue
    if (templates.has(nn) && !m[2]) continue
    if (/^<block>\s*\{\{i\.v\}\}\s*<\/block>$/.test(body)) {
      templates.set(nn, { nn, tag: '#text', attrs: new Map(), defaults: new Map(), events: new Map() })
      continue
    }
    const open = /^<([a-z][\w-]*)\s*([\s\S]*?)\/?>/.exec(body)
    if (!open) continue
    if (open[1] === 'template' && !m[2]) {
      // Input-like components switch between _focus / _blur variants; the _blur one is parsed above or below.
      const blur = blocks.get(`${name}_blur`)
      const inner = blur && /^<([a-z][\w-]*)\s*([\s\S]*?)\/?>/.exec(blur)
      if (inner) templates.set(nn, parseOpeningTag(platform, nn, inner[1], inner[2]))
      continue
    }
    templates.set(nn, parseOpeningTag(platform, nn, open[1], open[2]))
  }
  return templates
}
