import { describe, expect, it } from 'vitest';
import { decodeSifelyResponse } from '../../electron/core/sifely/envelope';

describe('Sifely response decoder (§5)', () => {
  it('returns a raw TTLock object (shape A) as the payload', () => {
    expect(decodeSifelyResponse(200, '{"cardId":24242}')).toEqual({ ok: true, payload: { cardId: 24242 } });
  });

  it('treats errcode 0 (shape B) as success and a non-zero errcode as a business error', () => {
    expect(decodeSifelyResponse(200, '{"errcode":0,"errmsg":"none error message"}').ok).toBe(true);
    const r = decodeSifelyResponse(200, '{"errcode":-3003,"errmsg":"busy"}');
    expect(r.ok ? null : [r.error.kind, r.error.code]).toEqual(['gateway-busy', -3003]);
  });

  it('unwraps code 200 (shape C) and maps a negative code to its kind', () => {
    expect(decodeSifelyResponse(200, '{"code":200,"msg":"ok","data":{"state":1}}')).toEqual({ ok: true, payload: { state: 1 } });
    const r = decodeSifelyResponse(200, '{"code":-2012,"msg":"The Device is not connected to any Gateway."}');
    expect(r.ok ? null : r.error.kind).toBe('no-gateway');
  });

  it('maps a body code 401 on HTTP 200 (legacy host) to an auth error', () => {
    const r = decodeSifelyResponse(200, '{"code":401,"message":"token invalid"}');
    expect(r.ok ? null : r.error.kind).toBe('auth');
  });

  it('maps HTTP statuses and never inspects list items for codes', () => {
    const throttled = decodeSifelyResponse(429, 'Too Many Requests');
    expect(throttled.ok ? null : throttled.error.kind).toBe('throttled');
    expect(decodeSifelyResponse(200, '{"list":[{"code":-1}],"pages":1}').ok).toBe(true);
  });
});
