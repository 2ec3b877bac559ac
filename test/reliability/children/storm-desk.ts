/**
 * A desk process for the SIGKILL-in-a-storm scenario. `batch`: a burst of clerk actions on the demo
 * property (check-ins with card and code, a stay change, a check-out, a cancellation, a lost card),
 * killed by the parent at a seeded moment. `drain`: the desk restarted on the same file, waiting
 * until the outbox has settled. No client rate limit (the simulator has none): the scenario is
 * about crashes, and the limiter would only slow the drain.
 */
import { createDesk } from '../../../electron/core/desk';
import { signInManager } from '../../support/desk-manager';
import { setLogLevel } from '../../../electron/core/log';
import { drainOutbox } from '../../integration/demo-desk';
import { testClock } from '../../../electron/preview/test-clock';

setLogLevel('error');
const [mode, dbFile, baseUrl, account, password, trial] = process.argv.slice(2) as [string, string, string, string, string, string];
const desk = await createDesk({
  dbFile,
  clock: testClock(process.env['DESK_TEST_CLOCK'] ?? ''),
  sifely: { baseUrl, account, password, rateLimit: { perMinute: 0 } },
  access: { backoff: { baseMs: 10, capMs: 80 }, interactiveWaitMs: 500 },
});
await signInManager(desk); // a real-account desk is closed until its first manager exists
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const card = (n: number): string => `8${trial.padStart(3, '0')}00000${n}`;

if (mode === 'batch') {
  say('ready');
  await Promise.all([
    desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: card(1) }),
    desk.handlers['access:issue-passcode']({ bookingId: 2 }),
    desk.handlers['access:issue-card']({ bookingId: 3, cardNumber: card(3) }),
  ]);
  await desk.handlers['access:issue-passcode']({ bookingId: 1 });
  const b = await desk.handlers['booking:get']({ bookingId: 2 });
  await desk.handlers['access:apply-change']({ bookingId: 2, departureMs: b.departureMs + 86_400_000 });
  await desk.handlers['access:check-out']({ bookingId: 1 });
  await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: card(2) });
  await desk.handlers['access:report-lost']({ cardNumber: card(2) });
  await desk.handlers['access:cancel']({ bookingId: 3 });
  say('batch-done');
  await desk.close();
} else {
  say(JSON.stringify(await drainOutbox(desk)));
  await desk.close();
}
