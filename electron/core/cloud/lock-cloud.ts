import type { Priority } from '../sifely/limiter';

/**
 * The desk's one way to the lock cloud, in the desk's own words: the access engine and its outbox,
 * reader calibration, lock health, setup and remote unlock all go through it. The Sifely client is
 * adapted to this port in sifely-lock-cloud.ts, so labels, windows and variants stay readable here
 * while the wire details stay in electron/core/sifely/. Every call says its Priority (§8 rate
 * limits, sifely/limiter.ts): a clerk waiting, a revocation that must land soon, or background work.
 */
export type { Priority };

export interface CardOnLock {
  cardId: number;
  cardNumber: string;
  label: string;
  startMs: number;
  endMs: number;
}

export interface CodeOnLock {
  codeId: number;
  digits: string;
  label: string;
  startMs: number;
  endMs: number;
  custom: boolean;
}

/** A lock on the Sifely account (§10.22), as setup and lock health see it. */
export interface LockOnAccount {
  lockId: number;
  /** The owner's alias for the lock, else its factory name. */
  name: string;
  battery: number | null;
  /** Bound to a gateway at all (`hasGateway`); whether that gateway answers is gatewayOnline's. */
  hasGateway: boolean;
}

/** A guest card as the desk puts it on one door: its number, label and window. */
export interface CardForDoor {
  lockId: number;
  cardNumber: string;
  label: string;
  startMs: number;
  endMs: number;
  reversed: boolean;
}

export interface LockCloud {
  addCard(p: CardForDoor, priority: Priority): Promise<{ cardId: number }>;
  deleteCard(lockId: number, cardId: number, priority: Priority): Promise<void>;
  /** Changes a card's window; without the endpoint it is deleted and re-added (a new card id). */
  changeCardPeriod(p: CardForDoor & { cardId: number }, priority: Priority): Promise<{ cardId: number }>;
  listCards(lockId: number, priority: Priority): Promise<CardOnLock[]>;

  addCustomCode(
    p: { lockId: number; digits: string; label: string; startMs: number; endMs: number },
    priority: Priority,
  ): Promise<{ codeId: number }>;
  /**
   * An offline (random) code for a whole-hour window; needs no gateway (§10.10). The cloud chooses
   * the digits; the window answered is the one sent after whole-hour truncation.
   */
  getOfflineCode(
    p: { lockId: number; label: string; startMs: number; endMs: number },
    priority: Priority,
  ): Promise<{ codeId: number; digits: string; startMs: number; endMs: number }>;
  changeCodePeriod(p: { lockId: number; codeId: number; startMs: number; endMs: number }, priority: Priority): Promise<void>;
  /**
   * 'lock' deletes it on the lock through the gateway (`deleteType` 2); 'cloud-only' removes only
   * the cloud record (`deleteType` 1), after which the code keeps opening the lock until its end (§10.13).
   */
  deleteCode(lockId: number, codeId: number, priority: Priority, where?: 'lock' | 'cloud-only'): Promise<void>;
  listCodes(lockId: number, priority: Priority): Promise<CodeOnLock[]>;

  /** Every lock on the account, all pages. */
  listLocks(priority: Priority): Promise<LockOnAccount[]>;
  /** The gateways that serve a lock (§10.31); it has no online flag, hence gatewayOnline. */
  gatewaysOfLock(lockId: number, priority: Priority): Promise<number[]>;
  gatewayOnline(gatewayId: number, priority: Priority): Promise<boolean>;
  /** The locks a gateway serves (§10.32): one request answers for all of them. */
  locksOfGateway(gatewayId: number, priority: Priority): Promise<number[]>;
  /** Opens the lock now through its gateway (§10.16); the lock relocks itself after its auto-lock time. */
  unlock(lockId: number, priority: Priority): Promise<void>;
}
