import { describe, expect, it } from 'vitest';
import { decodeSifelyResponse, type Decoded } from '../../electron/core/sifely/envelope';
import { businessError, isStaleCredential, knownBusinessCodes } from '../../electron/core/sifely/error-codes';

const err = (d: Decoded) =>
  d.ok ? null : { kind: d.error.kind, code: d.error.code, unclear: d.error.unclear, retryable: d.error.retryable };

describe('Sifely decoder: the three shapes of §5', () => {
  it('shape A: raw objects and pages are the payload; list items are never inspected', () => {
    expect(decodeSifelyResponse(200, '{"keyboardPwdId":24242}')).toEqual({ ok: true, payload: { keyboardPwdId: 24242 } });
    expect(decodeSifelyResponse(200, '{"state":0}')).toEqual({ ok: true, payload: { state: 0 } });
    const page = '{"list":[{"lockId":1,"code":-1,"errcode":5}],"pageNo":1,"pageSize":20,"pages":1,"total":1}';
    expect(decodeSifelyResponse(200, page).ok).toBe(true);
  });

  it('shape B: errcode 0 succeeds (with errmsg/description), non-zero maps by number', () => {
    expect(
      decodeSifelyResponse(200, '{"errcode":0,"errmsg":"none error message","description":"none error message or means yes"}').ok,
    ).toBe(true);
    expect(err(decodeSifelyResponse(200, '{"errcode":-3003,"errmsg":"busy"}'))).toMatchObject({
      kind: 'gateway-busy',
      code: -3003,
      retryable: true,
    });
    expect(err(decodeSifelyResponse(200, '{"errcode":"-2009","errmsg":"x"}'))).toMatchObject({ kind: 'not-found', code: -2009 });
    expect(err(decodeSifelyResponse(200, '{"errcode":80000,"errmsg":"date"}'))).toMatchObject({ kind: 'invalid', code: 80000 });
  });

  it('shape C: code 200/0 unwraps data (wrapped reads, §14 #27), negative codes are business errors with msg or message', () => {
    expect(decodeSifelyResponse(200, '{"code":200,"msg":"success","data":{"state":1}}')).toEqual({ ok: true, payload: { state: 1 } });
    expect(decodeSifelyResponse(200, '{"code":0,"data":{"lockId":7}}')).toEqual({ ok: true, payload: { lockId: 7 } });
    // A delete answered `{code:200}` without data (§14 #21) is success with the object itself.
    expect(decodeSifelyResponse(200, '{"code":200}')).toEqual({ ok: true, payload: { code: 200 } });
    const c = decodeSifelyResponse(200, '{"code":-2012,"message":"The Device is not connected to any Gateway."}');
    expect(err(c)).toMatchObject({ kind: 'no-gateway', code: -2012 });
    expect(c.ok ? '' : c.error.detail).toBe('The Device is not connected to any Gateway.');
  });

  it('the §14 quirks: {ok:true} delete, HTTP 400 no-gateway text, body 401 on HTTP 200, 402 + 50504, empty body', () => {
    expect(decodeSifelyResponse(200, '{"ok":true}').ok).toBe(true);
    expect(decodeSifelyResponse(200, '').ok).toBe(true);
    expect(err(decodeSifelyResponse(400, 'The Device is not connected to any Gateway.'))).toMatchObject({
      kind: 'no-gateway',
      code: -2012,
    });
    expect(err(decodeSifelyResponse(400, 'failed or means no'))).toMatchObject({ kind: 'invalid', code: 400 });
    expect(err(decodeSifelyResponse(200, '{"code":401,"message":"token invalid"}'))).toMatchObject({ kind: 'auth', code: 401 });
    expect(err(decodeSifelyResponse(402, '{"code":50504,"msg":"no plan"}'))).toMatchObject({ kind: 'billing', code: 50504 });
    expect(err(decodeSifelyResponse(200, '{"code":50504,"msg":"plan limit"}'))).toMatchObject({ kind: 'billing' });
  });

  it('HTTP statuses: 401/403 auth, 402 billing, 404 not-found, 429 throttled, Spring 500 invalid, 502–504 unclear', () => {
    expect(err(decodeSifelyResponse(401, ''))?.kind).toBe('auth');
    expect(err(decodeSifelyResponse(403, ''))?.kind).toBe('auth');
    expect(err(decodeSifelyResponse(402, ''))?.kind).toBe('billing');
    expect(err(decodeSifelyResponse(404, '{"status":404}'))?.kind).toBe('not-found');
    expect(err(decodeSifelyResponse(429, 'Too Many Requests'))).toMatchObject({ kind: 'throttled', retryable: true });
    const missing =
      '{"status":500,"error":"Internal Server Error","message":"Required request parameter \'deleteType\' for method parameter type Integer is not present"}';
    expect(err(decodeSifelyResponse(500, missing))).toMatchObject({ kind: 'invalid', code: 500, retryable: false });
    expect(err(decodeSifelyResponse(500, "Request method 'POST' not supported"))).toMatchObject({ kind: 'invalid', retryable: false });
    expect(err(decodeSifelyResponse(500, '<html>oops</html>'))).toMatchObject({ kind: 'unknown', retryable: true, unclear: false });
    expect(err(decodeSifelyResponse(504, 'Gateway Time-out'))).toMatchObject({ kind: 'unknown', retryable: true, unclear: true });
  });

  it('a non-JSON success body is an error, not a crash', () => {
    expect(err(decodeSifelyResponse(200, '<html>'))?.kind).toBe('unknown');
  });
});

describe('Sifely error codes (§13)', () => {
  it('gives every code the desk can meet a kind other than unknown and a staff sentence', () => {
    const desk = [
      -3, -1003, -1007, -1021, -1026, -2009, -2012, -2025, -2032, -3002, -3003, -3006, -3007, -3008, -3009, -3036, -3037, -3046, -4037,
      -4043, -4056, 10003, 10004, 10007, 10011, 30006, 30007, 50504, 80000,
    ];
    for (const code of desk) {
      const e = businessError(code, 'x');
      expect(e.kind, String(code)).not.toBe('unknown');
      expect(e.staffMessage.length, String(code)).toBeGreaterThan(15);
      expect(knownBusinessCodes()).toContain(code);
    }
    expect(businessError(-3007, '').kind).toBe('duplicate');
    expect(businessError(-4056, '').kind).toBe('storage-full');
    expect(businessError(-3009, '').kind).toBe('storage-full');
    expect(businessError(-3002, '').kind).toBe('lock-offline');
    expect(businessError(-12345, 'The lock is offline now').kind).toBe('lock-offline');
    expect(businessError(-12345, 'what').kind).toBe('unknown');
  });

  it('knows every code of the §13.2 table with a staff sentence', () => {
    const table = [
      1, -3, 10000, 10001, 10002, 10003, 10004, 10007, 10008, 10010, 10011, 20002, 30005, 30006, 30007, 80000, 80002, 90000, -2018, -4063,
      -1003, -2025, -3011, -4043, -4056, -4067, -4082, -1008, -1016, -1018, -1027, -2019, -2020, -2023, -3039, -3046, -4064, -1007, -1026,
      -2009, -2032, -3006, -3007, -3008, -3009, -2012, -3002, -3003, -3016, -3034, -3035, -3036, -3037, -4037, -1021, 50504,
    ];
    for (const code of table) {
      expect(knownBusinessCodes(), String(code)).toContain(code);
      expect(businessError(code, 'x').staffMessage.length, String(code)).toBeGreaterThan(15);
    }
  });

  it('treats the §3.7 auth-failure texts as a stale credential whatever the code', () => {
    for (const text of ['unable to access system resources', 'Token expired', 'invalid token', 'Unauthorized']) {
      const e = businessError(123456, text);
      expect(e.kind, text).toBe('auth');
      expect(isStaleCredential(e), text).toBe(true);
    }
    expect(isStaleCredential(businessError(10007, 'wrong password'))).toBe(false);
  });
});
