/**
 * Keyboard-wedge burst detector. A reader that only "types" (the Sifely reader on Windows, where
 * node-hid may not open keyboards, §12) sends its characters a few ms apart and ends with Enter;
 * people type 60 ms or more apart. Pure logic fed key events with timestamps, so it runs wherever
 * key events arrive and is tested without a DOM.
 *
 * The caller swallows every key the detector holds. When the held keys turn out to be human
 * typing they come back in `release` (in order, with the caller's tag, e.g. the focused field) for
 * the caller to replay; when they are a card read they come back as `read` and are never replayed.
 *
 * Characters are taken from the physical key (`event.code`), not `event.key`: a reader sends HID
 * usages for "1", which an AZERTY layout turns into "&", but `code` stays `Digit1`.
 */

export interface BurstOptions {
  /** Longest gap between two keys of one burst, ms. Readers type at ≤ 10 ms; people at ≥ 60 ms. */
  maxGapMs: number;
  /** Expected read length (characters, Enter excluded). */
  minLength: number;
  maxLength: number;
  /** Readers in hex mode type A–F too. */
  hex: boolean;
  /** A burst this long at reader speed is a machine, never a person: it is swallowed even if it is no card. */
  machineAfter: number;
  /** Some readers send no Enter: then a burst of the right length ended by silence is a card. */
  requireEnter: boolean;
}

export const DEFAULT_BURST: BurstOptions = { maxGapMs: 40, minLength: 10, maxLength: 10, hex: false, machineAfter: 3, requireEnter: true };

export interface KeyInput {
  /** `KeyboardEvent.code`: the physical key. */
  code: string;
  /** `KeyboardEvent.key`: what the layout makes of it (what a person meant, replayed as text). */
  key: string;
  atMs: number;
  /** Auto-repeat from a held key: only people do that. */
  repeat?: boolean;
  /** Ctrl, Alt or Meta held: a shortcut, never reader output. */
  shortcut?: boolean;
}

export interface HeldKey<T> {
  input: KeyInput;
  tag: T;
}

export type BurstRead = { kind: 'card'; text: string } | { kind: 'noise'; text: string; reason: string };

export interface BurstStep<T> {
  /** Held keys that were human typing, to replay in order before anything else. */
  release: HeldKey<T>[];
  /** What to do with the key just fed: let it through, or swallow it (held, or part of a read). */
  current: 'pass' | 'swallow';
  read?: BurstRead;
}

export interface BurstDetector<T> {
  key(input: KeyInput, tag: T): BurstStep<T>;
  /** Call when `maxGapMs` passed without a key: resolves what is held. */
  timeout(atMs: number): Omit<BurstStep<T>, 'current'>;
  /** Whether something is held (the caller then schedules `timeout`). */
  holding(): boolean;
  configure(options: Partial<BurstOptions>): void;
  reset(): void;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

/** The reader character a physical key stands for, or null. */
export function readerChar(code: string, hex: boolean): string | null {
  let m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (m) return m[1]!;
  if (!hex) return null;
  m = /^Key([A-F])$/.exec(code);
  return m ? m[1]! : null;
}

const isEnter = (code: string): boolean => code === 'Enter' || code === 'NumpadEnter';

export function createBurstDetector<T = undefined>(initial: Partial<BurstOptions> = {}): BurstDetector<T> {
  let options: BurstOptions = { ...DEFAULT_BURST, ...initial };
  let held: HeldKey<T>[] = [];
  let lastAt = -Infinity;

  const text = (): string => held.map((h) => readerChar(h.input.code, options.hex)).join('');
  const take = (): HeldKey<T>[] => {
    const out = held;
    held = [];
    return out;
  };

  /** A burst ended (Enter, silence, or a key that cannot be part of it): card, noise or people. */
  function resolve(byEnter: boolean): Omit<BurstStep<T>, 'current'> {
    const chars = text();
    const inRange = chars.length >= options.minLength && chars.length <= options.maxLength;
    if (inRange && (byEnter || !options.requireEnter)) {
      take();
      return { release: [], read: { kind: 'card', text: chars } };
    }
    if (held.length >= options.machineAfter) {
      take();
      const reason = inRange
        ? 'the read ended without Enter'
        : `${chars.length} characters where ${options.minLength === options.maxLength ? options.minLength : `${options.minLength}–${options.maxLength}`} were expected`;
      return { release: [], read: { kind: 'noise', text: chars, reason } };
    }
    return { release: take() };
  }

  return {
    key(input, tag) {
      if (MODIFIER_KEYS.has(input.key)) return { release: [], current: 'pass' };
      let release: HeldKey<T>[] = [];
      let earlier: BurstRead | undefined;
      if (held.length > 0 && input.atMs - lastAt > options.maxGapMs) {
        const r = resolve(false);
        release = r.release;
        earlier = r.read;
      }
      const char = input.key.length === 1 && !input.repeat && !input.shortcut ? readerChar(input.code, options.hex) : null;
      // A late burst resolved above leaves nothing held, so this key cannot produce a second read.
      const step = (current: BurstStep<T>['current']): BurstStep<T> => ({ release, current, ...(earlier ? { read: earlier } : {}) });

      if (held.length === 0) {
        if (char === null) return step('pass');
        held.push({ input, tag });
        lastAt = input.atMs;
        return step('swallow');
      }
      // Within the gap of a held burst.
      if (char !== null) {
        held.push({ input, tag });
        lastAt = input.atMs;
        return step('swallow');
      }
      if (isEnter(input.code) && !input.repeat && !input.shortcut) {
        const r = resolve(true);
        release = [...release, ...r.release];
        lastAt = input.atMs;
        return r.read ? { release, current: 'swallow', read: r.read } : step('pass');
      }
      // Any other key: people (few keys held) get theirs back; a machine burst swallows it.
      if (held.length >= options.machineAfter && !input.repeat && !input.shortcut) {
        lastAt = input.atMs;
        const chars = text();
        take();
        return {
          release,
          current: 'swallow',
          read: { kind: 'noise', text: chars + input.key, reason: `“${input.key}” is not part of a card number` },
        };
      }
      release = [...release, ...take()];
      return step('pass');
    },
    timeout(atMs) {
      if (held.length === 0 || atMs - lastAt < options.maxGapMs) return { release: [] };
      return resolve(false);
    },
    holding: () => held.length > 0,
    configure(next) {
      options = { ...options, ...next };
    },
    reset() {
      held = [];
      lastAt = -Infinity;
    },
  };
}
