import type { CallOptions, Params } from '../transport';

/**
 * How an endpoint group talks to the cloud. 'read' calls are idempotent and may be retried by the
 * transport; 'write' calls are never resent after an unclear failure (§15.2, docs/product.md "Nothing issued twice").
 */
export type Call = (method: 'GET' | 'POST', path: string, params: Params, kind: 'read' | 'write', opts?: CallOptions) => Promise<unknown>;

export const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
