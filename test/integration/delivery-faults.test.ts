import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeliverySettings } from '../../shared/domain/delivery';
import { openDatabase } from '../../electron/core/db/open';
import { DEFAULT_DELIVERY_SETTINGS } from '../../electron/core/delivery/delivery-settings';
import type { Desk } from '../../electron/core/desk';
import { startTestSmtp, type TestSmtp, type TestSmtpTls } from '../support/smtp-server';
import { startTestTwilio } from '../support/twilio-server';
import { TEST_INSTANT, testClock, type TestClock } from '../support/time';
import { openDemoDesk, until } from './demo-desk';

/**
 * Guest delivery against bad input: a real SMTP server on 127.0.0.1 (smtp-server, parsed back with
 * mailparser) and a local server implementing Twilio's Messages endpoint. Walk-ins follow an
 * auto-issue policy here so each case is a booking the scheduler picks up at once.
 */
const HOUR = 3_600_000;
// TEST_INSTANT: Wednesday 10 June 2026, 09:30 in Madrid. Room 201 is free from Thursday 11:00.
const ARRIVAL = Date.parse('2026-06-11T15:00:00+02:00');
const DEPARTURE = Date.parse('2026-06-13T11:00:00+02:00');
const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-test-token';

let smtp: TestSmtp;
let twilio: Awaited<ReturnType<typeof startTestTwilio>>;
let clock: TestClock;
let desk: Desk;
let close: () => Promise<void>;
let dir: string;
/** A second server a test starts (the property's own, with its certificate). */
let own: TestSmtp | null = null;

function settings(
  over: { smtpPort?: number; user?: string; sms?: boolean; tls?: DeliverySettings['email']['tls'] } = {},
): DeliverySettings {
  return {
    ...DEFAULT_DELIVERY_SETTINGS,
    email: {
      enabled: true,
      host: '127.0.0.1',
      port: over.smtpPort ?? smtp.port,
      tls: over.tls ?? 'none',
      user: over.user ?? '',
      from: 'desk@casa-azul.example',
    },
    sms: { enabled: over.sms ?? false, baseUrl: twilio.url, accountSid: SID, from: '+34911000000' },
    policies: { ...DEFAULT_DELIVERY_SETTINGS.policies, walkIn: { auto: true, hoursBefore: 48 } },
  };
}

async function open(dbFile?: string): Promise<void> {
  ({ desk, close } = await openDemoDesk({
    clock,
    delivery: { tickMs: 40 },
    access: { backoff: { baseMs: 20, capMs: 200 }, interactiveWaitMs: 5_000 },
    ...(dbFile ? { dbFile } : {}),
  }));
}

beforeEach(async () => {
  smtp = await startTestSmtp({ user: 'desk', password: 'right-password' });
  twilio = await startTestTwilio({ sid: SID, token: TOKEN });
  clock = testClock(TEST_INSTANT);
  dir = mkdtempSync(join(tmpdir(), 'delivery-'));
  await open();
});
afterEach(async () => {
  await close();
  await smtp.close();
  // After the desk, whose pooled connection would otherwise hold the server's close.
  await own?.close();
  own = null;
  await twilio.close();
  rmSync(dir, { recursive: true, force: true });
});

const roomId = async (name: string): Promise<number> =>
  (await desk.handlers['booking:search']({ query: name, limit: 10 })).bookings.find((b) => b.roomName === name)!.roomId;

async function walkIn(contact: { email?: string; phone?: string; language?: 'en' | 'es' }, name = 'Remote Guest'): Promise<number> {
  const r = await desk.handlers['booking:create']({
    guestName: name,
    contact: '',
    notes: '',
    roomId: await roomId('201'),
    arrivalMs: ARRIVAL,
    departureMs: DEPARTURE,
    guestContact: { email: contact.email ?? '', phone: contact.phone ?? '', language: contact.language ?? 'en' },
  });
  if (r.kind !== 'saved') throw new Error('walk-in not saved');
  return r.booking.id;
}

const state = (bookingId: number) => desk.handlers['delivery:state']({ bookingId });
const messageIs = async (bookingId: number, s: string, reasonKey?: string): Promise<boolean> => {
  const m = (await state(bookingId)).messages[0];
  return m?.state === s && (reasonKey === undefined || m.reason?.key === reasonKey);
};
const issuedCode = async (bookingId: number): Promise<string> => {
  await until(async () => (await desk.handlers['booking:get']({ bookingId })).credentials.some((c) => c.state === 'issued'));
  return (await desk.handlers['booking:get']({ bookingId })).credentials[0]!.secret;
};

describe('guest contact', () => {
  it('validates e-mail and phone, normalises the phone, and says when a guest cannot be reached', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings(), smtpPassword: 'right-password' });
    const bad = await desk.dispatch('delivery:save-contact', { bookingId: 1, email: 'ana@', phone: '', language: 'en' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(JSON.stringify(bad)).toContain('ipc.field.email');
    const badPhone = await desk.dispatch('delivery:save-contact', { bookingId: 1, email: '', phone: '600 123', language: 'en' });
    expect(JSON.stringify(badPhone)).toContain('ipc.field.phone');
    const ok = await desk.handlers['delivery:save-contact']({
      bookingId: 1,
      email: ' ana@example.org',
      phone: '+34 600 12-34-56',
      language: 'es',
    });
    expect(ok.contact).toEqual({ email: 'ana@example.org', phone: '+34600123456', language: 'es' });
    const none = await state(2);
    expect(none.reachable).toBe(false);
    expect(await desk.dispatch('delivery:resend', { bookingId: 2 })).toMatchObject({
      ok: false,
      code: 'conflict',
      msg: { key: 'delivery.noContact' },
    });
  });
});

describe('e-mail faults', () => {
  it('an unreachable server is retried with its reason, and the message goes exactly once when it answers', async () => {
    const port = smtp.port;
    await smtp.close();
    await desk.handlers['setup:save-delivery']({ settings: settings({ smtpPort: port, user: 'desk' }), smtpPassword: 'right-password' });
    const id = await walkIn({ email: 'guest@example.org' });
    await issuedCode(id);
    await until(async () => (await state(id)).messages[0]?.reason?.key === 'delivery.smtpUnreachable');
    expect(['queued', 'sending']).toContain((await state(id)).messages[0]!.state);
    smtp = await startTestSmtp({ user: 'desk', password: 'right-password' });
    // The same port again (the test server listens where the settings point).
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }) });
    await until(() => messageIs(id, 'sent'), 15_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(1);
  });

  it('a wrong password fails at once with the reason, and is not retried', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }), smtpPassword: 'wrong' });
    const id = await walkIn({ email: 'guest@example.org' });
    await until(() => messageIs(id, 'failed', 'delivery.smtpAuth'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await state(id)).messages[0]!.attempts).toBe(1);
    expect(smtp.received).toHaveLength(0);
  });

  it('a refused recipient bounces; a temporary refusal is retried and then sent once', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }), smtpPassword: 'right-password' });
    smtp.behaviour.rejectRecipient = (a) => (a === 'nobody@example.org' ? { code: 550, message: '5.1.1 User unknown' } : null);
    const bounced = await walkIn({ email: 'nobody@example.org' });
    await until(() => messageIs(bounced, 'bounced', 'delivery.bounced'));
    expect(JSON.stringify((await state(bounced)).messages[0]!.reason)).toContain('User unknown');

    await desk.handlers['access:cancel']({ bookingId: bounced });
    let refusals = 2;
    smtp.behaviour.rejectRecipient = () => (refusals-- > 0 ? { code: 451, message: '4.7.1 Try again later' } : null);
    const later = await walkIn({ email: 'later@example.org' }, 'Later Guest');
    await until(() => messageIs(later, 'sent'), 15_000);
    const m = (await state(later)).messages[0]!;
    expect(m.attempts).toBe(3);
    expect(smtp.received.filter((r) => JSON.stringify(r.to).includes('later@example.org'))).toHaveLength(1);
  });

  it('sends in the guest language, a new message when the stay changes (the old window never again), and Resend sends the current code once more', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }), smtpPassword: 'right-password' });
    const id = await walkIn({ email: 'ana@example.org', language: 'es' });
    const code = await issuedCode(id);
    await until(() => smtp.received.length === 1);
    expect(smtp.received[0]!.subject).toBe('Su código de acceso para Casa Azul B&B');
    expect(smtp.received[0]!.text).toContain(`Su código de acceso: ${code}`);
    expect(smtp.received[0]!.text).toContain('desde el jue 11 jun 2026, 15:00 hasta el sáb 13 jun 2026, 11:00');

    // One night longer: the code's window changes on the locks, then a new message says so.
    const later = DEPARTURE + 24 * HOUR;
    await desk.handlers['access:apply-change']({ bookingId: id, departureMs: later });
    await until(() => smtp.received.length === 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(2); // one message for the change, not one per door
    expect(smtp.received[1]!.text).toContain('hasta el dom 14 jun 2026, 11:00');
    const sim = desk.simulator!.state;
    const room = [...sim.locks.values()].find((l) => l.lockAlias === 'Room 201')!.lockId;
    const now = (await desk.handlers['booking:get']({ bookingId: id })).credentials.find((c) => c.state === 'issued')!.secret;
    expect(sim.canOpen(room, { passcode: now }, DEPARTURE + 12 * HOUR)).toBe(true);

    await desk.handlers['delivery:resend']({ bookingId: id });
    await until(() => smtp.received.length === 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(3);
    await until(async () => (await state(id)).messages.every((m) => m.state === 'sent'));
    expect((await state(id)).messages.map((m) => m.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('nothing goes out while the lock has not confirmed the code; an offline code is sent with its rules', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }), smtpPassword: 'right-password' });
    const sim = desk.simulator!;
    // The room lock answers 502 for a while: its code stays pending, and no message leaves.
    const fault = sim.faults.add({ path: '/v3/keyboardPwd/add', error: { status: 502, body: 'Bad Gateway' } });
    [...sim.state.locks.values()].find((l) => l.lockAlias === 'Entrance')!.hasGateway = false;
    const id = await walkIn({ email: 'guest@example.org' });
    await until(async () => (await desk.handlers['booking:get']({ bookingId: id })).credentials.length === 2);
    await new Promise((r) => setTimeout(r, 600));
    expect(smtp.received).toHaveLength(0);
    expect((await state(id)).shareText).toBeNull();
    sim.faults.remove(fault);
    await until(() => smtp.received.length === 1, 15_000);
    const d = await desk.handlers['booking:get']({ bookingId: id });
    const entrance = d.credentials.find((c) => c.doorName === 'Entrance' && c.state === 'issued')!;
    expect(entrance.offline).toBe(true);
    expect(smtp.received[0]!.text).toContain(`Entrance: ${entrance.secret}`);
    expect(smtp.received[0]!.text).toContain('Use this code for the first time within 24 hours of its start.');
  });

  it('a message left sending by a crash is marked unclear, never sent again', async () => {
    const dbFile = join(dir, 'desk.sqlite');
    await close();
    await open(dbFile);
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }), smtpPassword: 'right-password' });
    const id = await walkIn({ email: 'guest@example.org' });
    await until(() => messageIs(id, 'sent'));
    await close();
    const db = openDatabase(dbFile);
    db.prepare(`UPDATE delivery_outbox SET state = 'sending'`).run();
    db.close();
    await open(dbFile);
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk' }), smtpPassword: 'right-password' });
    await until(() => messageIs(id, 'failed', 'delivery.unclear'));
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(1);
  });
});

describe('SMS through the Twilio Messages API', () => {
  it('sends with basic auth and form fields; 429 and 5xx are retried without a duplicate; a bad number bounces; a wrong token fails', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ sms: true }), smsToken: TOKEN });
    twilio.next.push(
      { status: 429, code: 20429, message: 'Too Many Requests', retryAfter: 0 },
      { status: 503, code: 20500, message: 'Service Unavailable' },
    );
    const id = await walkIn({ phone: '+34 600 123 456' });
    const code = await issuedCode(id);
    await until(() => messageIs(id, 'sent'), 15_000);
    expect(twilio.messages).toHaveLength(1);
    expect(twilio.messages[0]).toMatchObject({ to: '+34600123456', from: '+34911000000' });
    expect(twilio.messages[0]!.body).toContain(code);
    expect(twilio.requests()).toBe(3);

    await desk.handlers['access:cancel']({ bookingId: id });
    await until(() => twilio.messages.length === 2);
    expect(twilio.messages[1]!.body).toContain('cancelled');

    twilio.next.push({ status: 400, code: 21211, message: "The 'To' number +34600000001 is not a valid phone number." });
    const bad = await walkIn({ phone: '+34600000001' }, 'Bad Number');
    await until(() => messageIs(bad, 'bounced', 'delivery.smsBadNumber'));
    await desk.handlers['access:cancel']({ bookingId: bad });

    await desk.handlers['setup:save-delivery']({ settings: settings({ sms: true }), smsToken: 'wrong' });
    const auth = await walkIn({ phone: '+34600000002' }, 'Wrong Token');
    await until(() => messageIs(auth, 'failed', 'delivery.smsAuth'));
    const setup = await desk.handlers['setup:delivery']({});
    expect(setup).toMatchObject({ smsTokenSet: true, smtpPasswordSet: false });
    expect(JSON.stringify(setup)).not.toContain('wrong');
  });
});

describe('SMS refusals that retrying cannot fix', () => {
  it('a 4xx from the provider fails with its words, asked once; a 429 shows the rate limit while it waits, then goes once', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ sms: true }), smsToken: TOKEN });
    twilio.next.push({
      status: 400,
      code: 21606,
      message: "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination.",
    });
    const refused = await walkIn({ phone: '+34600000003' });
    await until(() => messageIs(refused, 'failed', 'delivery.smsRefused'));
    expect(JSON.stringify((await state(refused)).messages[0]!.reason)).toContain('not a valid message-capable');
    await new Promise((r) => setTimeout(r, 400));
    expect(twilio.requests()).toBe(1);
    expect((await state(refused)).messages).toMatchObject([{ state: 'failed', attempts: 1 }]);
    await desk.handlers['access:cancel']({ bookingId: refused });

    const before = twilio.requests();
    twilio.next.push({ status: 429, code: 20429, message: 'Too Many Requests', retryAfter: 1 });
    const later = await walkIn({ phone: '+34600000004' }, 'Later Guest');
    await until(() => messageIs(later, 'queued', 'delivery.smsRateLimited'));
    await until(() => messageIs(later, 'sent'), 15_000);
    expect(twilio.requests() - before).toBe(2);
    expect(twilio.messages.filter((m) => m.to === '+34600000004')).toHaveLength(1);
  });
});

describe("a property's own server with a self-signed certificate", () => {
  // Made for this run (openssl, valid from the run's own date, whatever the clock says), like a
  // small hotel's mail box set up without a public authority.
  let cert: Omit<TestSmtpTls, 'implicit'>;
  beforeAll(() => {
    const certDir = mkdtempSync(join(tmpdir(), 'smtp-cert-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-keyout',
          join(certDir, 'key.pem'),
          '-out',
          join(certDir, 'cert.pem'),
          '-days',
          '3',
          '-subj',
          '/CN=mail.casa-azul.example',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
        ],
        { stdio: 'ignore' },
      );
      cert = { key: readFileSync(join(certDir, 'key.pem'), 'utf8'), cert: readFileSync(join(certDir, 'cert.pem'), 'utf8') };
    } finally {
      rmSync(certDir, { recursive: true, force: true });
    }
  });

  for (const mode of ['tls', 'starttls'] as const) {
    it(`${mode === 'tls' ? 'implicit TLS' : 'STARTTLS'}: the code is not handed over, the booking says why, and it is not retried`, async () => {
      own = await startTestSmtp({ user: 'desk', password: 'right-password', tls: { ...cert, implicit: mode === 'tls' } });
      await desk.handlers['setup:save-delivery']({
        settings: settings({ smtpPort: own.port, user: 'desk', tls: mode }),
        smtpPassword: 'right-password',
      });
      // The manager's test e-mail says the same at once.
      const test = await desk.dispatch('setup:test-email', { to: 'manager@casa-azul.example' });
      expect(test).toMatchObject({ ok: false, msg: { key: 'delivery.smtpCertificate', params: { host: '127.0.0.1' } } });
      const id = await walkIn({ email: 'guest@example.org' });
      await issuedCode(id);
      await until(() => messageIs(id, 'failed', 'delivery.smtpCertificate'));
      expect(JSON.stringify((await state(id)).messages[0]!.reason)).toContain('self-signed');
      await new Promise((r) => setTimeout(r, 400));
      expect((await state(id)).messages).toHaveLength(1);
      expect((await state(id)).messages[0]).toMatchObject({ state: 'failed', attempts: 1 });
      // The password never went to a server the desk could not trust, and no message did.
      expect(own.recipients).toEqual([]);
      expect(own.received).toHaveLength(0);
    });
  }

  it('STARTTLS asked of a server that cannot upgrade fails with the security reason, never in clear', async () => {
    await desk.handlers['setup:save-delivery']({ settings: settings({ user: 'desk', tls: 'starttls' }), smtpPassword: 'right-password' });
    const id = await walkIn({ email: 'guest@example.org' });
    await until(async () => (await state(id)).messages[0]?.state === 'failed');
    expect((await state(id)).messages[0]!.reason?.key).toBe('delivery.smtpTls');
    expect(smtp.recipients).toEqual([]);
  });

  it('"no encryption" (a relay on the property\'s own network) sends to the same server in clear, once', async () => {
    own = await startTestSmtp({ tls: { ...cert, implicit: false } });
    await desk.handlers['setup:save-delivery']({ settings: settings({ smtpPort: own.port, tls: 'none' }) });
    const id = await walkIn({ email: 'guest@example.org' });
    const code = await issuedCode(id);
    await until(() => messageIs(id, 'sent'));
    expect(own.received).toHaveLength(1);
    expect(own.received[0]!.text).toContain(code);
  });
});
