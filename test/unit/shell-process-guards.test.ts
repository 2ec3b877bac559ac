import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installProcessGuards, logFailure } from '../../electron/main/process-guards';

describe('process-wide guards: an error is logged and the kiosk stays up', () => {
  it('an unhandled rejection and an uncaught exception are logged with their error, and nothing is thrown', () => {
    const proc = new EventEmitter();
    const logged: [string, unknown][] = [];
    installProcessGuards(proc, { error: (m, e) => logged.push([m, e]) });
    const rejection = new Error('ERR_ABORTED (-3) loading app://desk/');
    const exception = new Error('boom in a timer');
    // Without a listener, emitting 'uncaughtException' on an EventEmitter would be ignored, but
    // Node's process would crash: what matters is that both have a listener that logs.
    expect(proc.listenerCount('unhandledRejection')).toBe(1);
    expect(proc.listenerCount('uncaughtException')).toBe(1);
    expect(() => proc.emit('unhandledRejection', rejection, Promise.resolve())).not.toThrow();
    expect(() => proc.emit('uncaughtException', exception, 'uncaughtException')).not.toThrow();
    expect(logged).toEqual([
      [expect.stringMatching(/unhandled promise rejection/), rejection],
      [expect.stringMatching(/uncaught exception from uncaughtException/), exception],
    ]);
  });

  it('logFailure turns a rejected call into one log line', async () => {
    const logged: string[] = [];
    await Promise.reject(new Error('ERR_ABORTED')).catch(logFailure({ error: (m) => logged.push(m) }, 'loading the desk page'));
    expect(logged).toEqual(['loading the desk page failed']);
  });

  it('electron/main discards no promise with `void`: every one has a .catch (ESLint enforces it too)', () => {
    const dir = 'electron/main';
    const offenders: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // `void x()` / `=> void x.y(...)`: a discarded call. A type's `void` is never followed by a call.
          if (/(^|[=({,;>]|\s)void\s+[\w.?]+\s*\(/.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
