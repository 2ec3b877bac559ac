/**
 * What the access engine needs from the lock cloud, in the engine's own words. The Sifely client
 * is adapted to this port in sifely-adapter.ts; keeping the engine on a port lets the outbox logic
 * stay readable (labels, windows, variants) while the wire details stay in electron/core/sifely/.
 */

/**
 * How urgently a call is made (§8 rate limits): a clerk waiting at the desk; a revocation that must
 * land soon though nobody waits for it ('prompt'); or background work. See sifely/limiter.ts.
 */
export type Urgency = 'interactive' | 'prompt' | 'background';

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

export interface LockHealth {
  lockId: number;
  /** Bound to a gateway at all (`hasGateway`). */
  hasGateway: boolean;
  /** Some gateway of the lock answers now; null when unknown. */
  gatewayOnline: boolean | null;
  battery: number | null;
}

export interface LockCloud {
  addCard(p: { lockId: number; cardNumber: string; label: string; startMs: number; endMs: number; reversed: boolean }, urgency: Urgency): Promise<{ cardId: number }>;
  deleteCard(lockId: number, cardId: number, urgency: Urgency): Promise<void>;
  /** Changes a card's window; without the endpoint it is deleted and re-added (a new card id). */
  changeCardPeriod(p: { lockId: number; cardId: number; cardNumber: string; label: string; startMs: number; endMs: number; reversed: boolean }, urgency: Urgency): Promise<{ cardId: number }>;
  listCards(lockId: number, urgency: Urgency): Promise<CardOnLock[]>;

  addCustomCode(p: { lockId: number; digits: string; label: string; startMs: number; endMs: number }, urgency: Urgency): Promise<{ codeId: number }>;
  /**
   * An offline (random) code for a whole-hour window; needs no gateway (§10.10). The cloud chooses
   * the digits; the window answered is the one sent after whole-hour truncation.
   */
  getOfflineCode(p: { lockId: number; label: string; startMs: number; endMs: number }, urgency: Urgency): Promise<{ codeId: number; digits: string; startMs: number; endMs: number }>;
  changeCodePeriod(p: { lockId: number; codeId: number; startMs: number; endMs: number }, urgency: Urgency): Promise<void>;
  /**
   * 'lock' deletes it on the lock through the gateway (`deleteType` 2); 'cloud-only' removes only
   * the cloud record (`deleteType` 1), after which the code keeps opening the lock until its end (§10.13).
   */
  deleteCode(lockId: number, codeId: number, urgency: Urgency, where?: 'lock' | 'cloud-only'): Promise<void>;
  listCodes(lockId: number, urgency: Urgency): Promise<CodeOnLock[]>;

  lockHealth(lockId: number, urgency: Urgency): Promise<LockHealth>;
  /** Opens the lock now through its gateway (§10.16); the lock relocks itself after its auto-lock time. */
  unlock(lockId: number, urgency: Urgency): Promise<void>;
}
