import { describe, expect, it } from 'vitest';
import { createBurstDetector, type BurstOptions, type BurstStep, type KeyInput } from '../../shared/wedge/burst';

const codeOf = (ch: string): string => (ch === '\n' ? 'Enter' : /\d/.test(ch) ? `Digit${ch}` : `Key${ch.toUpperCase()}`);

/** Types `text` (\n = Enter) with `gapMs` between keys; returns every step and what a field would hold. */
function type(text: string, gapMs: number, options: Partial<BurstOptions> = {}, startMs = 1000) {
  const d = createBurstDetector<number>(options);
  const steps: BurstStep<number>[] = [];
  let field = '';
  const reads: string[] = [];
  const apply = (s: Omit<BurstStep<number>, 'current'>) => {
    field += s.release.map((h) => h.input.key).join('');
    if (s.read) reads.push(`${s.read.kind}:${s.read.text}`);
  };
  [...text].forEach((ch, i) => {
    const input: KeyInput = { code: codeOf(ch), key: ch === '\n' ? 'Enter' : ch, atMs: startMs + i * gapMs };
    const s = d.key(input, i);
    steps.push(s);
    apply(s);
    if (s.current === 'pass' && ch !== '\n') field += ch;
  });
  apply(d.timeout(startMs + text.length * gapMs + 1000));
  return { steps, field, reads, detector: d };
}

describe('keyboard-wedge burst detector', () => {
  it('recognises digits typed at reader speed and ended by Enter as a card, swallowing every key', () => {
    const r = type('3661413478\n', 5);
    expect(r.reads).toEqual(['card:3661413478']);
    expect(r.field).toBe('');
    expect(r.steps.every((s) => s.current === 'swallow')).toBe(true);
  });

  it('gives digits typed at human speed back to the field, in order', () => {
    const r = type('123456\n', 60);
    expect(r.reads).toEqual([]);
    expect(r.field).toBe('123456');
    expect(r.steps.at(-1)?.current).toBe('pass'); // the Enter reaches the page
  });

  it('lets letters through untouched when nothing is held', () => {
    expect(type('Smith', 5).field).toBe('Smith');
    expect(type('Smith', 5).steps.every((s) => s.current === 'pass')).toBe(true);
  });

  it('ignores a reader-speed burst of the wrong length: neither card nor text', () => {
    for (const burst of ['123456\n', '366141347812\n', '123\n']) {
      const r = type(burst, 5);
      expect(r.reads).toHaveLength(1);
      expect(r.reads[0]).toMatch(/^noise:/);
      expect(r.field).toBe('');
    }
  });

  it('treats a fast pair (a person rolling two keys) as typing, not noise', () => {
    const r = type('12\n', 5);
    expect(r.reads).toEqual([]);
    expect(r.field).toBe('12');
  });

  it('swallows a burst with a letter inside as noise', () => {
    const r = type('36614x3478\n', 5);
    expect(r.reads[0]).toMatch(/^noise:36614x/);
    expect(r.field).toBe('');
  });

  it('reads digits by physical key, so an AZERTY layout (Digit1 → "&") still gives the number', () => {
    const d = createBurstDetector();
    const azerty = ['à', '&', 'é', '"', "'", '(', '-', 'è', '_', 'ç'];
    let step: BurstStep<undefined> | undefined;
    '0123456789'.split('').forEach((digit, i) => {
      step = d.key({ code: `Digit${digit}`, key: azerty[i]!, atMs: i * 4 }, undefined);
    });
    step = d.key({ code: 'Enter', key: 'Enter', atMs: 44 }, undefined);
    expect(step.read).toEqual({ kind: 'card', text: '0123456789' });
  });

  it('accepts numpad digits and hex letters when the profile says hex', () => {
    const d = createBurstDetector({ hex: true, minLength: 8, maxLength: 8 });
    const keys = ['Numpad6', 'Numpad6', 'KeyB', 'KeyC', 'Digit3', 'KeyC', 'KeyD', 'KeyA'];
    keys.forEach((code, i) => d.key({ code, key: code.slice(-1).toLowerCase(), atMs: i * 3 }, undefined));
    expect(d.key({ code: 'NumpadEnter', key: 'Enter', atMs: 30 }, undefined).read).toEqual({ kind: 'card', text: '66BC3CDA' });
  });

  it('reads a reader that sends no Enter once it falls silent, if told to', () => {
    const d = createBurstDetector({ requireEnter: false });
    [...'3661413478'].forEach((c, i) => d.key({ code: `Digit${c}`, key: c, atMs: i * 5 }, undefined));
    expect(d.timeout(45 + 50)).toEqual({ release: [], read: { kind: 'card', text: '3661413478' } });
  });

  it('never holds auto-repeat or shortcuts, and hands back what it held', () => {
    const d = createBurstDetector<string>();
    expect(d.key({ code: 'Digit1', key: '1', atMs: 0 }, 'a').current).toBe('swallow');
    const s = d.key({ code: 'Digit1', key: '1', atMs: 20, repeat: true }, 'b');
    expect(s.current).toBe('pass');
    expect(s.release.map((h) => h.tag)).toEqual(['a']);
    expect(d.key({ code: 'Digit2', key: '2', atMs: 200, shortcut: true }, 'c').current).toBe('pass');
  });

  it('a timer firing early resolves nothing; modifier keys do not break a burst', () => {
    const d = createBurstDetector();
    d.key({ code: 'Digit1', key: '1', atMs: 0 }, undefined);
    expect(d.timeout(10)).toEqual({ release: [] });
    expect(d.holding()).toBe(true);
    expect(d.key({ code: 'ShiftLeft', key: 'Shift', atMs: 12 }, undefined).current).toBe('pass');
    expect(d.holding()).toBe(true);
  });

  it('resolves a burst left pending when the next key comes late', () => {
    const d = createBurstDetector();
    [...'3661413478'].forEach((c, i) => d.key({ code: `Digit${c}`, key: c, atMs: i * 5 }, undefined));
    // No Enter, no timer: the next key a second later first reports the dangling burst as noise.
    const s = d.key({ code: 'KeyA', key: 'a', atMs: 1000 }, undefined);
    expect(s.read?.kind).toBe('noise');
    expect(s.read?.text).toBe('3661413478');
    expect(s.read?.kind === 'noise' ? s.read.reason : '').toContain('Enter');
    expect(s.current).toBe('pass');
  });
});
