import { calibrate, type ListedCard } from '../../../shared/cards/calibrate';
import {
  DEFAULT_READER_PROFILE,
  type CalibrationOutcome,
  type LastRead,
  type ReadOutcome,
  type ReaderDevices,
  type ReaderProfile,
  type ReadSource,
  type ReaderStatus,
} from '../../../shared/cards/reader-profile';
import { lockCardNumber } from '../../../shared/cards/uid';
import { english, msg, type Message } from '../../../shared/messages';
import type { LockCloud } from '../cloud/lock-cloud';
import type { ReaderProfilesRepo } from '../db/repos/reader-profiles.repo';
import { DeskError } from '../ipc/desk-error';
import { createLogger } from '../log';
import { createHidReader, type HidBackend, type HidDeviceInfo, type HidReader, type HidReaderState } from './hid';

const log = createLogger('reader');

/** Two reads of one card closer than this are one tap (readers repeat; HID and wedge may both see it). */
export const DUPLICATE_WINDOW_MS = 1_000;

export interface ReaderServiceDeps {
  profiles: ReaderProfilesRepo;
  backend: HidBackend;
  /** Calibration lists a lock's cards (§10.24) while the manager waits. */
  cloud: Pick<LockCloud, 'listCards'>;
  /** Doors the calibration may use. */
  locks: () => { lockId: number; name: string }[];
  /** When a read happened, as the screen shows it. */
  now: () => number;
  /** The same card tapped twice in a row, and report gaps, are waits: measured on the monotonic clock. */
  monotonic: () => number;
  /**
   * A card the desk accepted from the HID reader: pushed to the renderer as 'reader:card'. A
   * keyboard-wedge read, a demo card and a typed number are the renderer's own requests, so their
   * accepted card comes back in the reply.
   */
  onCard: (card: { cardNumber: string; source: 'hid' }) => void;
  /** Anything the Reader panel shows changed. */
  onChanged: () => void;
  hidRetry?: { firstMs: number; maxMs: number };
}

export type { ReadOutcome };

const toDevice = (d: HidDeviceInfo) => ({
  vendorId: d.vendorId,
  productId: d.productId,
  product: d.product ?? null,
  manufacturer: d.manufacturer ?? null,
  usagePage: d.usagePage ?? null,
  usage: d.usage ?? null,
  interface: d.interface,
});

/**
 * The desk's card reader: the active profile, the HID transport when one is configured, and one
 * entry (`accept`) for reads from either source, where profile transformation, noise rejection
 * and the one-tap-per-second rule live, so the HID and keyboard paths cannot drift apart.
 */
export function createReaderService(deps: ReaderServiceDeps) {
  let profile: ReaderProfile = deps.profiles.active() ?? DEFAULT_READER_PROFILE;
  let hid: HidReader | null = null;
  let hidState: HidReaderState = { state: 'stopped' };
  let lastRead: LastRead | null = null;
  let lastAccepted: { cardNumber: string; atMono: number } | null = null;

  function accept(raw: string, source: ReadSource): ReadOutcome {
    const r = lockCardNumber(raw, profile.card);
    if (!r.ok) {
      log.info(`ignored a ${source} read: ${english(r.reason)}`);
      lastRead = { atMs: deps.now(), source, raw, cardNumber: null, reason: r.reason };
      deps.onChanged();
      return { accepted: false, cardNumber: null, reason: r.reason };
    }
    return deliver(r.cardNumber, raw, source);
  }

  /** A decoded card, from any source: the one-tap-per-second rule and the Reader panel's last read; a HID card is also pushed as 'reader:card'. */
  function deliver(cardNumber: string, raw: string, source: ReadSource): ReadOutcome {
    const atMono = deps.monotonic();
    if (lastAccepted && lastAccepted.cardNumber === cardNumber && atMono - lastAccepted.atMono < DUPLICATE_WINDOW_MS) {
      lastAccepted.atMono = atMono; // a card left on the reader keeps being one tap
      return { accepted: false, cardNumber, reason: msg('reader.sameCardAgain') };
    }
    lastAccepted = { cardNumber, atMono };
    lastRead = { atMs: deps.now(), source, raw, cardNumber, reason: null };
    if (source === 'hid') deps.onCard({ cardNumber, source: 'hid' });
    deps.onChanged();
    return { accepted: true, cardNumber, reason: null };
  }

  async function restartHid(): Promise<void> {
    await hid?.stop();
    hid = null;
    hidState = { state: 'stopped' };
    const device = profile.source === 'hid' ? profile.device : null;
    if (!device) return;
    hid = createHidReader({
      backend: deps.backend,
      target: { vendorId: device.vendorId, productId: device.productId, usagePage: device.usagePage },
      decoder: { mode: device.reportMode },
      onRead: (read) => void accept(read.text, 'hid'),
      now: deps.monotonic,
      onState: (s) => {
        hidState = s;
        deps.onChanged();
      },
      ...(deps.hidRetry ? { retry: deps.hidRetry } : {}),
    });
    hid.start();
  }

  return {
    start: restartHid,
    accept,
    /** The card's lock-list number itself (a manager typing it when the reader is broken): no reader profile to apply. */
    acceptCardNumber: (cardNumber: string, source: ReadSource): ReadOutcome => deliver(cardNumber, cardNumber, source),
    /** The active profile's card format: what a demo card must look like to be read like a real one. */
    cardProfile: () => profile.card,

    status(): ReaderStatus {
      const open = hidState.state === 'open' ? hidState : null;
      // node-hid's own error text is technical and English: it travels as a parameter, inside a sentence for the clerk.
      const problem: Message | null =
        hidState.state !== 'searching'
          ? null
          : hidState.lastError
            ? msg('reader.openFailed', { error: hidState.lastError })
            : msg('reader.notPluggedIn');
      return {
        profile,
        activeSource: open ? 'hid' : 'keyboard',
        hid: {
          state: hidState.state === 'stopped' ? 'off' : hidState.state,
          device: open ? toDevice(open.device) : null,
          problem,
        },
        lastRead,
        locks: deps.locks(),
      };
    },

    /** The active profile alone: every card issue asks for its endpoint, and status() lists every lock. */
    profile(): ReaderProfile {
      return profile;
    },

    async devices(): Promise<ReaderDevices> {
      try {
        return { devices: (await deps.backend.devices()).map(toDevice), problem: null };
      } catch (e) {
        log.warn('listing HID devices failed', e);
        return { devices: [], problem: msg('reader.cannotList') };
      }
    },

    /** Lists the lock's cards (every page) and finds the readings of `raw` that produce one of them. */
    async calibrate(lockId: number, raw: string): Promise<CalibrationOutcome> {
      if (!deps.locks().some((l) => l.lockId === lockId)) throw new DeskError('not-found', msg('reader.notThisDesksLock'));
      const listed: ListedCard[] = (await deps.cloud.listCards(lockId, 'interactive')).map((c) => ({
        cardId: c.cardId,
        cardNumber: c.cardNumber,
        ...(c.label ? { cardName: c.label } : {}),
      }));
      const result = calibrate(raw, listed);
      return {
        listedCards: listed.length,
        matches: result.matches.map((m) => ({ card: m.profile, cardNumber: m.card.cardNumber, cardName: m.card.cardName ?? null })),
        undecided: result.undecided,
      };
    },

    async saveProfile(next: ReaderProfile): Promise<ReaderStatus> {
      deps.profiles.save(next);
      profile = deps.profiles.active() ?? next;
      lastAccepted = null;
      await restartHid();
      deps.onChanged();
      return this.status();
    },

    async stop(): Promise<void> {
      await hid?.stop();
      hid = null;
    },
  };
}
export type ReaderService = ReturnType<typeof createReaderService>;
