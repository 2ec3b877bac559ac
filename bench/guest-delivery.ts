/**
 * Guest delivery in the day benchmarks (arrivals-delivery, hotel-day): a real SMTP server on
 * 127.0.0.1 that checks each message's code against the simulator's locks when DATA begins, and
 * the desk's e-mail settings pointing at it.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { DeliverySettings } from '../shared/domain/delivery';
import { DEFAULT_DELIVERY_SETTINGS } from '../electron/core/delivery/delivery-settings';
import type { Desk } from '../electron/core/desk';
import type { RunningSimulator } from '../electron/core/sifely-simulator/server';
import type { VirtualClock } from './virtual-clock';

export interface Mail {
  at: number;
  to: string;
  subject: string;
  /** Per door of the room (room lock, floor door): the code the message gives that the lock had when DATA began, else null. */
  codes: (string | null)[];
}

export interface WatchedSmtp {
  port: number;
  mails: Mail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server that checks each message's code against the simulator's locks when DATA
 * begins: `onLocks` answers, per door of the recipient's room, the digits that lock holds then.
 */
export async function startWatchedSmtp(clock: VirtualClock, onLocks: (to: string) => Set<string>[]): Promise<WatchedSmtp> {
  const mails: Mail[] = [];
  const held = new Map<string, () => void>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onMailFrom(_address, session, callback) {
      // From MAIL FROM to the server's 250 the desk is waiting on the network, as for a request.
      held.get(session.id)?.();
      held.set(session.id, clock.hold());
      callback();
    },
    onData(stream, session, callback) {
      const at = clock.wall();
      const to = session.envelope.rcptTo[0]?.address ?? '';
      const onDoors = onLocks(to);
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks))
          .then((m) => {
            const numbers = (m.text ?? '').match(/\b\d{4,12}\b/g) ?? [];
            mails.push({ at, to, subject: m.subject ?? '', codes: onDoors.map((held) => numbers.find((d) => held.has(d)) ?? null) });
            callback();
          })
          .catch((e: Error) => callback(e))
          .finally(() => {
            held.get(session.id)?.();
            held.delete(session.id);
          });
      });
    },
    onClose(session) {
      held.get(session.id)?.();
      held.delete(session.id);
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The codes a lock holds on the lock itself (not only in the cloud's list), per door. */
export function codesOnLocks(sim: RunningSimulator): (lockIds: readonly number[]) => Set<string>[] {
  return (lockIds: readonly number[]): Set<string>[] =>
    lockIds.map((l) => new Set(sim.state.passcodesOf(l).flatMap((p) => (p.inCloud && p.lock ? [p.lock.secret] : []))));
}

/** The desk e-mails guests through that server, with these automatic-code policies over the defaults. */
export async function useWatchedSmtp(desk: Desk, smtp: WatchedSmtp, policies: Partial<DeliverySettings['policies']>): Promise<void> {
  const saved = await desk.dispatch('setup:save-delivery', {
    settings: {
      ...DEFAULT_DELIVERY_SETTINGS,
      email: { enabled: true, host: '127.0.0.1', port: smtp.port, tls: 'none', user: '', from: 'desk@bench.example' },
      policies: { ...DEFAULT_DELIVERY_SETTINGS.policies, ...policies },
    },
  });
  if (!saved.ok) throw new Error(`setup:save-delivery: ${JSON.stringify(saved)}`);
}
