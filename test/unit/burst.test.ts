import { describe, expect, it } from 'vitest';
import { createBurstDetector } from '../../shared/wedge/burst';

function feed(keys: string[], gapMs: number) {
  const d = createBurstDetector();
  return keys.map((k, i) => d.key(k, 1000 + i * gapMs));
}

describe('keyboard-wedge burst detector', () => {
  it('recognises digits typed at reader speed and ended by Enter as a card', () => {
    const verdicts = feed([...'3661413478', 'Enter'], 5);
    expect(verdicts.at(-1)).toEqual({ kind: 'card', digits: '3661413478' });
  });

  it('lets digits typed at human speed through as text', () => {
    const verdicts = feed([...'123456', 'Enter'], 120);
    expect(verdicts.at(-1)).toEqual({ kind: 'pass' });
  });

  it('ignores a burst shorter than a card number', () => {
    expect(feed([...'123', 'Enter'], 5).at(-1)).toEqual({ kind: 'pass' });
  });
});
