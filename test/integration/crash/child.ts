/**
 * A desk process for the crash test: `batch` runs a burst of clerk actions (and is killed with
 * SIGKILL at a random moment by the parent); `drain` restarts the desk on the same database and
 * waits until the outbox has settled everything, then prints the credentials as JSON.
 */
import { createDesk } from '../../../electron/core/desk';
import { setLogLevel } from '../../../electron/core/log';
import { drainOutbox } from '../demo-desk';
import { signInManager } from '../../support/desk-manager';
import { testClock } from '../../../electron/preview/test-clock';

setLogLevel('error');
const [mode, dbFile, baseUrl, account, password, trial] = process.argv.slice(2) as [string, string, string, string, string, string];

// The simulator has no rate limit; the client's would only slow the 100 processes down.
// The parent's clock, carried over: each restarted desk goes on from where the simulator's time is.
const desk = await createDesk({
  dbFile,
  clock: testClock(process.env['DESK_TEST_CLOCK'] ?? ''),
  sifely: { baseUrl, account, password, rateLimit: { perMinute: 0 } },
  access: { backoff: { baseMs: 10, capMs: 80 }, interactiveWaitMs: 2_000 },
});
await signInManager(desk);
const say = (line: string): void => void process.stdout.write(`${line}\n`);

if (mode === 'batch') {
  say('ready');
  const card = (n: number): string => `7${trial.padStart(3, '0')}00000${n}`;
  await Promise.all([
    desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: card(1) }),
    desk.handlers['access:issue-passcode']({ bookingId: 2 }),
    desk.handlers['access:issue-card']({ bookingId: 3, cardNumber: card(3) }),
  ]);
  await desk.handlers['access:check-out']({ bookingId: 1 });
  await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: card(2) });
  await desk.handlers['access:cancel']({ bookingId: 3 });
  say('batch-done');
  await desk.close();
} else {
  say(JSON.stringify(await drainOutbox(desk)));
  await desk.close();
}
