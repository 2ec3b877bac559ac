import { english, type Message } from '../../../shared/messages';

/**
 * Every failure of a Sifely call becomes a SifelyError with a closed `kind`, the numeric code the
 * service gave (HTTP status or TTLock error number, §13), and a sentence for staff. The technical
 * detail stays in `detail` for the log.
 */
export const SIFELY_ERROR_KINDS = [
  'auth',
  'billing',
  'throttled',
  'network',
  'timeout',
  'lock-offline',
  'no-gateway',
  'gateway-busy',
  'storage-full',
  'duplicate',
  'invalid',
  'not-found',
  'unknown',
] as const;
export type SifelyErrorKind = (typeof SIFELY_ERROR_KINDS)[number];

export interface SifelyErrorFlags {
  /**
   * The request may have been carried out although no clear answer came back (connection lost
   * after sending, timeout, 502/503/504 proxy timeouts). A write that fails this way must be
   * checked on the lock (list cards/passcodes) before it is sent again (docs/product.md
   * "Nothing issued twice"). The client itself never resends such a write.
   */
  unclear?: boolean;
  /** Trying the same call again later can succeed (busy, throttled, transient 5xx, network). */
  retryable?: boolean;
}

export class SifelyError extends Error {
  override readonly name = 'SifelyError';
  /** The staff sentence as a catalogue message, worded in the clerk's language by the renderer. */
  readonly staffMsg: Message;
  /** The staff sentence in English (logs, tests). */
  readonly staffMessage: string;
  readonly unclear: boolean;
  readonly retryable: boolean;
  /** From a `Retry-After` header on HTTP 429, when the service sent one (§3.1: header names not captured). */
  retryAfterMs?: number;
  constructor(
    readonly kind: SifelyErrorKind,
    /** HTTP status (≥ 400) or TTLock/Sifely business code; 0 when there was no answer. */
    readonly code: number,
    /** Plain sentence for desk staff, a catalogue message (shared/messages/catalog/sifely.ts). */
    staffMsg: Message,
    /** What the service said, for the log. */
    readonly detail: string = '',
    flags: SifelyErrorFlags = {},
  ) {
    const staffMessage = english(staffMsg);
    super(`${staffMessage}${detail ? ` (${code}: ${detail})` : code ? ` (${code})` : ''}`);
    this.staffMessage = staffMessage;
    this.staffMsg = staffMsg;
    this.unclear = flags.unclear ?? false;
    this.retryable = flags.retryable ?? (kind === 'network' || kind === 'timeout' || kind === 'gateway-busy' || kind === 'throttled');
  }

  /** The same error, marked as an unclear outcome (used for writes that lost their answer). */
  asUnclear(): SifelyError {
    return new SifelyError(this.kind, this.code, this.staffMsg, this.detail, { unclear: true, retryable: this.retryable });
  }
}

export const isSifelyError = (e: unknown): e is SifelyError => e instanceof SifelyError;
