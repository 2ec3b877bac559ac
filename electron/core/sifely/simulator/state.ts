import { randomBytes } from 'node:crypto';

/**
 * The simulated Sifely cloud and the locks behind it. `onLock` records whether a credential really
 * reached the lock (gateway operation, `addType` 2) or only exists in the cloud (`addType` 1, §9.2):
 * lock-side truth (`canOpen`) only believes what is on the lock.
 */

export interface SimAccount {
  account: string;
  passwordMd5: string;
  apiKey: string;
  clientId: string;
  plan: string;
}

export interface SimLock {
  lockId: number;
  lockName: string;
  lockAlias: string;
  lockMac: string;
  electricQuantity: number;
  /** The lock is bound to a gateway (`hasGateway` 1). */
  hasGateway: boolean;
  /** That gateway answers right now. */
  gatewayOnline: boolean;
  admin: string;
}

export interface SimCard {
  cardId: number;
  lockId: number;
  cardNumber: string;
  cardName: string;
  startDate: number;
  endDate: number;
  createDate: number;
  onLock: boolean;
}

export interface SeedLock {
  lockAlias: string;
  hasGateway?: boolean;
  gatewayOnline?: boolean;
  electricQuantity?: number;
}

export interface SimSeed {
  accounts: { account: string; password: string; passwordMd5: string }[];
  locks: SeedLock[];
}

export function createSimState(now: () => number = Date.now) {
  let nextId = 100_000;
  const accounts = new Map<string, SimAccount>();
  const locks = new Map<number, SimLock>();
  const cards = new Map<number, SimCard>();
  /** Cards deleted from the cloud only (`deleteType` 1): gone from lists, still on the lock. */
  const ghostCards: SimCard[] = [];

  const id = (): number => ++nextId;
  const mac = (): string =>
    randomBytes(6)
      .toString('hex')
      .toUpperCase()
      .match(/../g)!
      .join(':');

  return {
    now,
    accounts,
    locks,
    cards,
    ghostCards,

    reset(): void {
      accounts.clear();
      locks.clear();
      cards.clear();
      ghostCards.length = 0;
      nextId = 100_000;
    },

    addAccount(account: string, passwordMd5: string): SimAccount {
      const a: SimAccount = {
        account,
        passwordMd5,
        apiKey: `sk-${randomBytes(16).toString('hex')}`,
        clientId: `cli_${randomBytes(6).toString('hex')}`,
        plan: 'STARTER',
      };
      accounts.set(account, a);
      return a;
    },

    accountByKey(key: string): SimAccount | undefined {
      for (const a of accounts.values()) if (a.apiKey === key) return a;
      return undefined;
    },

    addLock(admin: string, seed: SeedLock): SimLock {
      const lockId = id();
      const lock: SimLock = {
        lockId,
        lockName: `S2_${lockId.toString(16)}`,
        lockAlias: seed.lockAlias,
        lockMac: mac(),
        electricQuantity: seed.electricQuantity ?? 90,
        hasGateway: seed.hasGateway ?? true,
        gatewayOnline: seed.gatewayOnline ?? true,
        admin,
      };
      locks.set(lockId, lock);
      return lock;
    },

    addCard(c: Omit<SimCard, 'cardId' | 'createDate'>): SimCard {
      const card: SimCard = { ...c, cardId: id(), createDate: now() };
      cards.set(card.cardId, card);
      return card;
    },

    cardsOf(lockId: number): SimCard[] {
      return [...cards.values()].filter((c) => c.lockId === lockId).sort((a, b) => a.cardId - b.cardId);
    },

    /** What the physical lock does when this card is presented at `atMs`. */
    canOpen(lockId: number, credential: { card: string }, atMs: number): boolean {
      return [...cards.values(), ...ghostCards].some(
        (c) =>
          c.lockId === lockId &&
          c.onLock &&
          c.cardNumber === credential.card &&
          c.startDate <= atMs &&
          (c.endDate === 0 || atMs < c.endDate),
      );
    },
  };
}
export type SimState = ReturnType<typeof createSimState>;
