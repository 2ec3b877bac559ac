import { createBurstDetector, type BurstOptions, type BurstRead, type HeldKey } from '../../../../shared/wedge/burst';
import { replayText } from './replay';

/**
 * The keyboard fallback for readers that only type (on Windows node-hid cannot open keyboards).
 *
 * Why here, in the renderer's capture phase, and not in main's `before-input-event`: main can only
 * cancel a key, not type it back later, so holding a key until we know whether a person or a
 * reader typed it needs the page; the renderer knows which field had focus for the replay; and the
 * same code then runs in the Electron window and in the browser preview Playwright drives. The
 * capture listener on window runs before any field or React handler sees the key.
 *
 * Every key that could start a card number is held (default prevented). If the next key does not
 * come within the burst gap, the held keys were a person's and are replayed into the field they
 * were typed in; if a complete read arrives, nothing reaches any field.
 */
export interface Wedge {
  configure(options: Partial<BurstOptions>): void;
  dispose(): void;
}

export function installWedge(onRead: (read: BurstRead) => void, options: Partial<BurstOptions> = {}): Wedge {
  const detector = createBurstDetector<Element | null>(options);
  let gapMs = options.maxGapMs ?? 40;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const replay = (release: HeldKey<Element | null>[]): void => {
    // Consecutive keys for the same field go in as one string, in typing order.
    let run = '';
    let target: Element | null = null;
    const flush = (): void => {
      if (run) replayText(target, run);
      run = '';
    };
    for (const h of release) {
      if (h.tag !== target) flush();
      target = h.tag;
      run += h.input.key;
    }
    flush();
  };

  const settle = (): void => {
    timer = null;
    const step = detector.timeout(performance.now());
    replay(step.release);
    if (step.read) onRead(step.read);
    arm();
  };

  const arm = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = detector.holding() ? setTimeout(settle, gapMs + 5) : null;
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.isComposing) return; // an IME is composing text: never a reader
    const step = detector.key(
      { code: e.code, key: e.key, atMs: e.timeStamp, repeat: e.repeat, shortcut: e.ctrlKey || e.altKey || e.metaKey },
      document.activeElement,
    );
    replay(step.release);
    if (step.current === 'swallow') {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    if (step.read) onRead(step.read);
    arm();
  };

  window.addEventListener('keydown', onKeyDown, true);
  return {
    configure(next) {
      detector.configure(next);
      if (next.maxGapMs !== undefined) gapMs = next.maxGapMs;
    },
    dispose() {
      window.removeEventListener('keydown', onKeyDown, true);
      if (timer !== null) clearTimeout(timer);
      detector.reset();
    },
  };
}
