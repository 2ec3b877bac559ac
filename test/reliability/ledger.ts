/**
 * The reliability suite's bookkeeping: what the desk's database says against what the locks hold
 * (the simulator's lock-side truth), counted the same way in every scenario and printed as
 * attempted / completed / duplicated / lost / zombies.
 */
import { openDatabase } from '../../electron/core/db/open';
import type { RunningSimulator } from '../../electron/core/sifely-simulator/server';

export interface Ledger {
  /** Remote operations the desk committed to (outbox rows). */
  attempted: number;
  /** Operations confirmed done. */
  completed: number;
  /** Adds the desk gave up on and told the clerk about (state 'failed' with a reason). */
  gaveUp: number;
  /** A credential on its lock more than once. Must be 0. */
  duplicated: number;
  /** An operation neither done nor given up after the drain, or an issued credential missing from its lock. Must be 0. */
  lost: number;
  /** A revoked credential still on its lock. Must be 0. */
  zombies: number;
}

export const emptyLedger = (): Ledger => ({ attempted: 0, completed: 0, gaveUp: 0, duplicated: 0, lost: 0, zombies: 0 });

export function addLedger(a: Ledger, b: Ledger): Ledger {
  return {
    attempted: a.attempted + b.attempted,
    completed: a.completed + b.completed,
    gaveUp: a.gaveUp + b.gaveUp,
    duplicated: a.duplicated + b.duplicated,
    lost: a.lost + b.lost,
    zombies: a.zombies + b.zombies,
  };
}

interface CredRow {
  label: string;
  kind: 'card' | 'passcode';
  state: string;
  lock_id: number;
}

/** Audits one desk database (closed or open elsewhere: WAL readers do not block) against the simulator. */
export function audit(dbFile: string, sim: RunningSimulator): Ledger {
  const db = openDatabase(dbFile);
  try {
    const creds = db
      .prepare<[], CredRow>('SELECT c.label, c.kind, c.state, d.lock_id FROM credentials c JOIN doors d ON d.id = c.door_id')
      .all();
    const outbox = db.prepare<[], { state: string; n: number }>('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state').all();
    const count = (s: string): number => outbox.find((o) => o.state === s)?.n ?? 0;
    const l = emptyLedger();
    l.attempted = outbox.reduce((n, o) => n + o.n, 0);
    l.completed = count('done');
    // Given up: operations the engine stopped retrying, each shown to the clerk as failed.
    l.gaveUp = count('gave_up');
    l.lost = count('queued') + count('sending');
    const onLock = (r: CredRow): number =>
      (r.kind === 'card'
        ? [...sim.state.cards.values()].filter((c) => c.cardName === r.label && c.lockId === r.lock_id && c.lock !== null)
        : [...sim.state.passcodes.values()].filter((p) => p.keyboardPwdName === r.label && p.lockId === r.lock_id && p.lock !== null)
      ).length;
    for (const r of creds) {
      const n = onLock(r);
      if (r.state === 'pending' || r.state === 'revoking') l.lost++;
      if (r.state === 'issued') {
        l.duplicated += Math.max(0, n - 1);
        if (n === 0) l.lost++;
      }
      if (r.state === 'revoked' || r.state === 'failed') l.zombies += n;
    }
    return l;
  } finally {
    db.close();
  }
}

export function report(name: string, l: Ledger): void {
  console.log(
    `[reliability] ${name}: attempted ${l.attempted}, completed ${l.completed}, gave up (clerk told) ${l.gaveUp}, duplicated ${l.duplicated}, lost ${l.lost}, zombies ${l.zombies}`,
  );
}
