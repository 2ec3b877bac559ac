import { businessError, httpError, type SifelyError } from './errors';

/**
 * One decoder for the three response shapes of §5:
 *   A — raw TTLock object (no `code`): the payload itself;
 *   B — `{errcode, errmsg}`: errcode 0 is success;
 *   C — Sifely wrapper `{code, msg|message, data}`: 200 (or 0) is success, payload is `data`.
 * Only the top-level object is inspected; list items are never looked at for `code`/`errcode`.
 */
export type Decoded = { ok: true; payload: unknown } | { ok: false; error: SifelyError };

export function decodeSifelyResponse(status: number, text: string): Decoded {
  if (status >= 400) return { ok: false, error: httpError(status, text.slice(0, 500)) };
  let body: unknown;
  try {
    body = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    return { ok: false, error: businessError(1, `not JSON: ${text.slice(0, 200)}`) };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: true, payload: body };
  const o = body as Record<string, unknown>;
  const message = [o['errmsg'], o['msg'], o['message']].find((m): m is string => typeof m === 'string') ?? '';
  if ('errcode' in o && Number(o['errcode']) !== 0) {
    return { ok: false, error: businessError(Number(o['errcode']), message) };
  }
  if ('code' in o) {
    const code = Number(o['code']);
    if (code === 200 || code === 0) return { ok: true, payload: 'data' in o && o['data'] != null ? o['data'] : o };
    // A body code of 401 on HTTP 200 is how the legacy host says "credential invalid" (§3.2).
    if (code === 401 || code === 402 || code === 429) return { ok: false, error: httpError(code, message) };
    return { ok: false, error: businessError(code, message) };
  }
  return { ok: true, payload: o };
}
