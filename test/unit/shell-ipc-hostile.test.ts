import { describe, expect, it } from 'vitest';
import { createDispatcher, type DeskHandlers } from '../../electron/core/ipc/dispatch';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { english } from '../../shared/messages';
import { inEnglish } from '../support/in-english';

/**
 * What a compromised renderer could send through window.desk: the dispatcher (behind both
 * transports) must answer every one of these with an IpcResult error, never run a handler with
 * it, never throw, and never let it touch Object.prototype.
 */
function recordingDispatcher() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [
      c,
      () => {
        calls.push(c);
        return {};
      },
    ]),
  ) as unknown as DeskHandlers;
  return { dispatch: createDispatcher(handlers), calls };
}

describe('the IPC dispatcher refuses hostile requests', () => {
  it.each([
    'x:y',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'desk:status ',
    'DESK:STATUS',
    null,
    undefined,
    42,
    {},
    ['desk:status'],
  ])('unknown channel %j', async (channel) => {
    const { dispatch, calls } = recordingDispatcher();
    expect(inEnglish(await dispatch(channel, {}))).toEqual({
      ok: false,
      code: 'invalid-request',
      message: 'Unknown request.',
      msg: { key: 'ipc.unknownRequest' },
    });
    expect(calls).toEqual([]);
  });

  const hostile: Array<[string, unknown]> = [
    ['__proto__ key (JSON)', JSON.parse('{"bookingId":1,"cardNumber":"12345678","__proto__":{"polluted":true}}')],
    ['constructor.prototype key', { bookingId: 1, cardNumber: '12345678', constructor: { prototype: { polluted: true } } }],
    ['extra key', { bookingId: 1, cardNumber: '12345678', isAdmin: true }],
    ['10 MB card number', { bookingId: 1, cardNumber: '1'.repeat(10_000_000) }],
    ['card number with letters', { bookingId: 1, cardNumber: '1234abcd' }],
    ['card number as a number (precision loss)', { bookingId: 1, cardNumber: 2 ** 64 }],
    ['booking id as a string', { bookingId: '1', cardNumber: '12345678' }],
    ['fractional booking id', { bookingId: 1.5, cardNumber: '12345678' }],
    ['negative booking id', { bookingId: -1, cardNumber: '12345678' }],
    ['NaN booking id', { bookingId: Number.NaN, cardNumber: '12345678' }],
    ['Infinity booking id', { bookingId: Number.POSITIVE_INFINITY, cardNumber: '12345678' }],
    ['missing fields', {}],
    ['payload is a string', 'bookingId=1'],
    ['payload is an array', [1, '12345678']],
    ['payload is a number', 7],
    ['nested objects', { bookingId: { $gt: 0 }, cardNumber: { toString: '12345678' } }],
  ];

  it.each(hostile)('access:issue-card with %s', async (_name, payload) => {
    const { dispatch, calls } = recordingDispatcher();
    const result = await dispatch('access:issue-card', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('invalid-request');
      expect(english(result.msg).length).toBeLessThan(2000); // never echoes a huge payload back
    }
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a valid request still goes through (the refusals above are not blanket)', async () => {
    const { dispatch, calls } = recordingDispatcher();
    expect(await dispatch('access:issue-card', { bookingId: 1, cardNumber: '12345678' })).toEqual({ ok: true, value: {} });
    expect(calls).toEqual(['access:issue-card']);
  });
});
