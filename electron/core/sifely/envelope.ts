import { businessError, httpError } from './error-codes';
import type { SifelyError } from './errors';

/**
 * One decoder for the three response shapes of §5:
 *   A — raw TTLock object (no `code`): the payload itself;
 *   B — `{errcode, errmsg, description}`: errcode 0 is success;
 *   C — Sifely wrapper `{code, msg|message, data}`: 200 (or 0) is success, payload is `data`.
 * Only the top-level object is inspected; list items are never looked at for `code`/`errcode`.
 * Quirks handled (§14): HTTP 400 text for "no gateway" (#20), `{ok:true}` and `{code:200}` delete
 * answers (#21), wrapped reads (#27), body `code` 401 on HTTP 200 (legacy, §3.2), numbers sent as
 * strings, and non-JSON bodies on errors.
 */
export type Decoded = { ok: true; payload: unknown } | { ok: false; error: SifelyError };

const messageOf = (o: Record<string, unknown>): string =>
  [o['errmsg'], o['msg'], o['message'], o['description']].find((m): m is string => typeof m === 'string' && m.length > 0) ?? '';

/** A number that may arrive as a string ("-3003"); NaN when it is neither. */
const numeric = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN);

export function decodeSifelyResponse(status: number, text: string): Decoded {
  if (status >= 400) {
    // Error bodies may still be a wrapper with a better code (e.g. 402 + `{code:50504}`).
    const inner = parse(text);
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const o = inner as Record<string, unknown>;
      const code = numeric(o['code'] ?? o['errcode']);
      if (code === 50504 || code === 30007) return { ok: false, error: businessError(code, messageOf(o)) };
      const msg = messageOf(o);
      if (msg) return { ok: false, error: httpError(status, msg) };
    }
    return { ok: false, error: httpError(status, text.slice(0, 500)) };
  }
  const body = text.trim().length === 0 ? {} : parse(text);
  if (body === undefined) return { ok: false, error: businessError(1, `not JSON: ${text.slice(0, 200)}`) };
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: true, payload: body };
  const o = body as Record<string, unknown>;
  if ('errcode' in o) {
    const errcode = numeric(o['errcode']);
    if (errcode !== 0) return { ok: false, error: businessError(Number.isNaN(errcode) ? 1 : errcode, messageOf(o)) };
  }
  if ('code' in o) {
    const code = numeric(o['code']);
    if (code === 200 || code === 0) return { ok: true, payload: 'data' in o && o['data'] != null ? o['data'] : o };
    return { ok: false, error: businessError(Number.isNaN(code) ? 1 : code, messageOf(o)) };
  }
  return { ok: true, payload: o };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
