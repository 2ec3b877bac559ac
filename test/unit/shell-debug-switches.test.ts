import { describe, expect, it } from 'vitest';
import { debugSwitchesIn, refuseDebugStart } from '../../electron/main/debug-switches';

describe('debugging switches at start-up', () => {
  const exe = 'C:\\Program Files\\Sifely Front Desk\\Sifely Front Desk.exe';

  it('the installed desk refuses --remote-debugging-port, --inspect and --inspect-brk, with or without a value', () => {
    expect(refuseDebugStart(true, [exe, '--remote-debugging-port=9222'], {})).toEqual(['--remote-debugging-port']);
    expect(refuseDebugStart(true, [exe, '--inspect'], {})).toEqual(['--inspect']);
    expect(refuseDebugStart(true, [exe, '--inspect-brk=0.0.0.0:9229', '--inspect'], {})).toEqual(['--inspect-brk', '--inspect']);
    expect(refuseDebugStart(true, [exe, '-inspect'], {})).toEqual(['--inspect']);
    expect(refuseDebugStart(true, [exe, '--REMOTE-DEBUGGING-PORT', '9222'], {})).toEqual(['--remote-debugging-port']);
    expect(refuseDebugStart(true, [exe], { NODE_OPTIONS: '--max-old-space-size=512 --inspect=9229' })).toEqual(['--inspect']);
  });

  it('starts normally without them, and a development build allows them', () => {
    expect(
      refuseDebugStart(true, [exe, '--self-test', '--user-data-dir=C:\\tmp\\x'], { NODE_OPTIONS: '--max-old-space-size=512' }),
    ).toBeNull();
    expect(refuseDebugStart(false, [exe, '--remote-debugging-port=9222', '--inspect'], {})).toBeNull();
    // A value that merely mentions a switch is not one.
    expect(debugSwitchesIn([exe, 'notes--inspect.txt'], {})).toEqual([]);
  });
});
