// setData semantics: keys are paths ("root.cn.[0].v", "root.cn[0].cn[1].v", "a.b"),
// values are copied across the logic/view boundary (JSON-like: functions and
// undefined object fields are dropped), and missing intermediates are created.

export type PlainData = Record<string, unknown>

/** Deep copy the way the base library serialises setData payloads. */
export function cloneData(value: unknown, seen = new Set<unknown>()): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') return undefined
    if (typeof value === 'bigint') return Number(value)
    return value
  }
  if (seen.has(value)) throw new Error('setData: circular structure')
  seen.add(value)
  try {
    if (Array.isArray(value)) return value.map((item) => cloneData(item, seen) ?? null)
    if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
      return (value as Date).toJSON()
    }
    const out: PlainData = {}
    for (const key of Object.keys(value)) {
      const copied = cloneData((value as PlainData)[key], seen)
      if (copied !== undefined) out[key] = copied
    }
    return out
  } finally {
    seen.delete(value)
  }
}

/** "root.cn.[0].cn[1].v" → ['root', 'cn', 0, 'cn', 1, 'v'] */
export function parseDataPath(path: string): Array<string | number> {
  const segments: Array<string | number> = []
  const re = /\[(\d+)\]|([^.[\]]+)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) segments.push(Number(m[1]))
    else segments.push(m[2])
  }
  if (segments.length === 0) throw new Error(`setData: empty path "${path}"`)
  return segments
}

export function applySetData(target: PlainData, payload: Record<string, unknown>): void {
  for (const key of Object.keys(payload)) {
    const segments = parseDataPath(key)
    const value = cloneData(payload[key])
    let node: Record<string | number, unknown> = target
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i]
      let next = node[seg]
      if (next === null || typeof next !== 'object') {
        next = typeof segments[i + 1] === 'number' ? [] : {}
        node[seg] = next
      }
      node = next as Record<string | number, unknown>
    }
    const last = segments[segments.length - 1]
    if (value === undefined) delete node[last]
    else node[last] = value
  }
}
