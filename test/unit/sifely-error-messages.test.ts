import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type DeskHandlers } from '../../electron/core/ipc/dispatch';
import { createSifelyClient } from '../../electron/core/sifely/client';
import { businessError, httpError, knownBusinessCodes } from '../../electron/core/sifely/error-codes';
import { isSifelyError, type SifelyError } from '../../electron/core/sifely/errors';
import { formatMessage, MESSAGES } from '../../shared/messages';
import { testTime } from '../support/time';
import { inEnglish } from '../support/in-english';

/** The same sentence in both desk languages, checked to be a real sentence in each. */
function bothLanguages(e: SifelyError, what: string): { en: string; es: string } {
  expect(e.staffMsg.key.startsWith('sifely.'), what).toBe(true);
  expect(Object.hasOwn(MESSAGES, e.staffMsg.key), `${what}: ${e.staffMsg.key} is in the catalogue`).toBe(true);
  const en = formatMessage(e.staffMsg, 'en');
  const es = formatMessage(e.staffMsg, 'es');
  expect(en, what).toBe(e.staffMessage);
  expect(es.length, what).toBeGreaterThan(15);
  expect(es, what).not.toBe(en);
  expect(es, `${what}: no placeholder left`).not.toMatch(/\{\{/);
  return { en, es };
}

async function thrown(p: Promise<unknown> | (() => unknown)): Promise<SifelyError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (isSifelyError(e)) return e;
    throw e;
  }
  throw new Error('expected a SifelyError');
}

describe('Sifely errors speak in catalogue messages (English unchanged, Spanish beside it)', () => {
  it('words every known business code in Spanish, different from the English', () => {
    const codes = knownBusinessCodes();
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) bothLanguages(businessError(code, 'cloud text'), String(code));
  });

  it('keeps the English staff sentences word for word', () => {
    expect(businessError(-3002, '').staffMessage).toBe(
      'The gateway of this lock is offline. Check its power and network, or use an offline code.',
    );
    expect(businessError(-2012, '').staffMessage).toBe(
      'The lock is not connected to a gateway, so it cannot be programmed from the desk. Use an offline code instead.',
    );
    expect(businessError(-3039, '').staffMessage).toBe(
      "The account's own key on this lock ends before the period chosen. Choose a shorter period.",
    );
    expect(businessError(1, '').staffMessage).toBe(
      'The lock cloud answered "no" without a reason. Try again; if it repeats, check the lock in the Sifely app.',
    );
    expect(businessError(-4056, '').staffMessage).toBe('The lock is full: old cards must be removed before a new one can be added.');
    expect(formatMessage(businessError(-3002, '').staffMsg, 'es')).toBe(
      'La pasarela de esta cerradura está desconectada. Revise su alimentación y su red, o use un código sin conexión.',
    );
    // Error.message still carries the English sentence and the cloud's detail for the log.
    expect(businessError(-3003, 'gateway busy').message).toBe(
      'The gateway is busy; the desk will try again in a moment. (-3003: gateway busy)',
    );
  });

  it('words the fallbacks for unknown codes and for HTTP statuses', () => {
    expect(bothLanguages(businessError(-12345, 'what'), 'unknown code').en).toBe(
      'The lock cloud refused the request. Try again; if it repeats, see the log.',
    );
    expect(businessError(-12345, 'The lock is offline now').staffMsg.key).toBe('sifely.gatewayOffline');
    expect(businessError(123456, 'Token expired').staffMsg.key).toBe('sifely.accountNotAccepted');
    const statuses: [number, string, string][] = [
      [401, '', 'The Sifely account was not accepted. Ask the manager to sign in again.'],
      [402, '', 'The Sifely subscription is not active. Ask the manager to check the plan.'],
      [404, '', 'The lock cloud does not know this request.'],
      [400, 'bad', 'The lock cloud rejected the request.'],
      [
        400,
        'Lock is not connected to any gateway',
        'The lock is not connected to a gateway, so it cannot be programmed from the desk. Use an offline code instead.',
      ],
      [418, '', 'The lock cloud rejected the request.'],
      [429, '', 'The lock cloud asked the desk to slow down; retrying shortly.'],
      [500, "Required request parameter 'lockId' is not present", 'The lock cloud rejected the request as malformed; see the log.'],
      [503, '', 'The lock cloud had a problem; the desk will retry.'],
    ];
    for (const [status, body, en] of statuses) expect(bothLanguages(httpError(status, body), `HTTP ${status}`).en).toBe(en);
  });

  it('keeps the message when an error is re-marked as unclear', () => {
    const e = httpError(503, '').asUnclear();
    expect(e.unclear).toBe(true);
    expect(e.staffMsg).toEqual({ key: 'sifely.cloudProblem' });
  });

  it('words the client-side refusals: documentation host, local passcode checks', async () => {
    const host = await thrown(() =>
      createSifelyClient({ time: testTime(), baseUrl: 'https://dev-alexa.sifely.com', account: 'a', password: 'p' }),
    );
    expect(bothLanguages(host, 'test host').en).toContain('documentation test host');
    const client = createSifelyClient({ time: testTime(), baseUrl: 'http://127.0.0.1:9', account: 'a', password: 'p' });
    const short = await thrown(client.addPasscode({ lockId: 1, keyboardPwd: '12', keyboardPwdName: 'x', startDate: 0, endDate: 1 }));
    expect(bothLanguages(short, 'short passcode').en).toBe('A passcode must have 4 to 9 digits.');
    const oneDate = await thrown(client.changePasscode({ lockId: 1, keyboardPwdId: 2, startDate: 0 }));
    expect(bothLanguages(oneDate, 'one date').en).toBe('Both the new start and the new end are needed to change a passcode.');
  });

  describe('against a real HTTP server on 127.0.0.1', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      // Answers the login with garbage, so the client meets an answer it cannot read.
      server = createServer((_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ code: 200, data: { nothing: true } }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('words a refused sign-in, and an unreachable cloud, in both languages', async () => {
      const badLogin = await thrown(createSifelyClient({ time: testTime(), baseUrl: base, account: 'a', password: 'p' }).login());
      expect(bothLanguages(badLogin, 'bad login').en).toBe('The Sifely account was not accepted. Ask the manager to sign in again.');
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const gone = await thrown(
        createSifelyClient({
          time: testTime(),
          baseUrl: `http://127.0.0.1:${port}`,
          account: 'a',
          password: 'p',
          retry: { readAttempts: 1 },
        }).login(),
      );
      expect(gone.kind).toBe('network');
      expect(bothLanguages(gone, 'unreachable').es).toBe(
        'No se puede contactar con la nube de las cerraduras. Revise la conexión a internet.',
      );
    });
  });

  it('reaches the renderer as an IpcErr carrying the message (dispatch)', async () => {
    const handlers = {
      'reader:status': () => {
        throw businessError(-3009, 'storage full');
      },
    } as unknown as DeskHandlers;
    const r = inEnglish(await createDispatcher(handlers)('reader:status', {}));
    expect(r).toEqual({
      ok: false,
      code: 'sifely',
      message: 'The lock has no room for more passcodes. Remove old codes first.',
      msg: { key: 'sifely.passcodeStorageFull' },
    });
  });
});
