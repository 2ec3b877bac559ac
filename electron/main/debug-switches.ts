/**
 * Switches that open the running desk to a debugger: anyone on the PC (or, with a port, the
 * network) could then read the Sifely token and staff PINs from memory or drive the doors. The
 * installed desk refuses to start with any of them; development builds allow them.
 */
const DEBUG_SWITCHES = [
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--inspect-publish-uid',
] as const;

/** The debugging switches in `argv` and NODE_OPTIONS (as `--name`, value dropped), in order found. */
export function debugSwitchesIn(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const found: string[] = [];
  const look = (arg: string): void => {
    const name = arg.split('=')[0]!.toLowerCase();
    // Node and Chromium both accept the switch with one dash too.
    const canonical = name.startsWith('--') ? name : `-${name}`;
    if ((DEBUG_SWITCHES as readonly string[]).includes(canonical) && !found.includes(canonical)) found.push(canonical);
  };
  for (const arg of argv) if (arg.startsWith('-')) look(arg);
  for (const arg of (env['NODE_OPTIONS'] ?? '').split(/\s+/)) if (arg.startsWith('-')) look(arg);
  return found;
}

/** Whether this start must be refused: only the production (installed) build refuses. */
export function refuseDebugStart(
  production: boolean,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] | null {
  if (!production) return null;
  const found = debugSwitchesIn(argv, env);
  return found.length ? found : null;
}
