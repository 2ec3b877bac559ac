/**
 * Fault injection for tests and demos (docs/product.md "Real components"): latency, injected
 * error answers at a rate, and "unclear" failures where the write is applied and then the answer
 * is lost (connection destroyed, or never answered so the client times out).
 */
export interface FaultRule {
  /** Exact API path; absent = every API path. */
  path?: string;
  method?: 'GET' | 'POST';
  /** Delay before the request is handled. */
  latencyMs?: number;
  /** Probability (0..1) that `error`/`drop` applies to a matching request. Default 1. */
  rate?: number;
  /** Answer this instead of running the handler (nothing is written). String bodies go as text. */
  error?: { status?: number; body: unknown };
  /** Run the handler — the write happens — then lose the answer. */
  drop?: 'destroy' | 'withhold';
  /** Fire this many times, then retire. Absent = until cleared. */
  times?: number;
}

export interface FaultDecision {
  latencyMs: number;
  error?: { status: number; body: unknown };
  drop?: 'destroy' | 'withhold';
}

export function createFaults(random: () => number) {
  let nextId = 1;
  const rules = new Map<number, FaultRule>();
  return {
    add(rule: FaultRule): number {
      const id = nextId++;
      rules.set(id, { ...rule });
      return id;
    },
    remove: (id: number): boolean => rules.delete(id),
    clear: (): void => rules.clear(),
    list: (): (FaultRule & { id: number })[] => [...rules.entries()].map(([id, r]) => ({ id, ...r })),

    decide(method: string, path: string): FaultDecision {
      const d: FaultDecision = { latencyMs: 0 };
      for (const [id, r] of rules) {
        if ((r.path && r.path !== path) || (r.method && r.method !== method)) continue;
        d.latencyMs += r.latencyMs ?? 0;
        if (!r.error && !r.drop) continue;
        if (d.error || d.drop || random() >= (r.rate ?? 1)) continue;
        if (r.error) d.error = { status: r.error.status ?? 200, body: r.error.body };
        if (r.drop) d.drop = r.drop;
        if (r.times !== undefined && --r.times <= 0) rules.delete(id);
      }
      return d;
    },
  };
}
export type Faults = ReturnType<typeof createFaults>;
