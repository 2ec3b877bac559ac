import { afterEach, vi } from 'vitest';
import { storeOver } from '../support/renderer-store';
import { openDemoDesk } from './demo-desk';

/**
 * For a test file of renderer slices: returns `demo()`, a store over a fresh demo desk. Each
 * desk is closed, and the stubbed `window` removed, after its test.
 */
export function demoStores(): () => ReturnType<typeof storeOver> {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
    vi.unstubAllGlobals();
  });
  return async () => {
    const opened = await openDemoDesk();
    closers.push(opened.close);
    return storeOver(opened.desk);
  };
}
