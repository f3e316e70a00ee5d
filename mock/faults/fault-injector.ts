// Fault rules switchable at run time: latency, errors (503 FAULT_INJECTED) and dropped responses
// (the handler runs and commits, but the answer never reaches the client). Random draws come from
// a seeded PRNG, so a given seed and request sequence always produce the same faults.
import type { FaultRule, FaultRuleInput, FaultState } from '../../contract'
import { globToRegExp } from '../lib/glob'
import { createRng, type Rng } from '../lib/rng'

export interface FaultDecision {
  ruleId: string
  latencyMs: number
  error: boolean
  drop: boolean
}

interface ActiveRule {
  rule: FaultRuleInput & { id: string }
  pathRe: RegExp
  remaining: number | null
  hits: number
}

export class FaultInjector {
  private rules: ActiveRule[] = []
  private rng: Rng
  private nextId = 1

  constructor(readonly seed: number) {
    this.rng = createRng(seed)
  }

  state(): FaultState {
    return { rules: this.rules.map((r) => this.describe(r)), seed: this.seed }
  }

  /** Replaces all rules. Rules are tried in order; the first match applies. */
  replace(inputs: FaultRuleInput[]): FaultState {
    this.rules = inputs.map((input) => {
      const id = input.id ?? `rule-${this.nextId++}`
      const rule = { ...input, id, ...(input.method ? { method: input.method.toUpperCase() } : {}) }
      return { rule, pathRe: globToRegExp(input.path), remaining: input.times ?? null, hits: 0 }
    })
    return this.state()
  }

  clear(): void {
    this.rules = []
  }

  /** Clears the rules and restarts the random sequence from the seed. */
  reset(): FaultState {
    this.rules = []
    this.rng = createRng(this.seed)
    this.nextId = 1
    return this.state()
  }

  decide(method: string, path: string): FaultDecision | null {
    const m = method.toUpperCase()
    const active = this.rules.find(
      (r) => r.remaining !== 0 && (r.rule.method === undefined || r.rule.method === m) && r.pathRe.test(path),
    )
    if (!active) return null
    active.hits += 1
    if (active.remaining !== null) active.remaining -= 1
    const { errorRate = 0, dropRate = 0, latencyMs = 0 } = active.rule
    const error = errorRate > 0 && this.rng.next() < errorRate
    const drop = !error && dropRate > 0 && this.rng.next() < dropRate
    return { ruleId: active.rule.id, latencyMs, error, drop }
  }

  private describe(active: ActiveRule): FaultRule {
    return { ...active.rule, remaining: active.remaining, hits: active.hits }
  }
}
