import type { StaffMember, StaffRole, StaffStatus } from '../../../shared/domain/staff';
import type { AccessLevel } from '../../../shared/ipc/contract';
import { msg } from '../../../shared/messages';
import { DeskError } from '../ipc/desk-error';
import type { StaffRepo } from '../db/repos/staff.repo';
import { hashPin, verifyPin } from './pin';
import { createPinAttempts, type Lockout } from './pin-attempts';

/**
 * Who is at the desk, kept in the core: the renderer can ask to unlock with a PIN, never say who
 * it is. Until the first staff member exists a demo desk is open and acts as 'desk' with manager
 * rights (training has nobody to sign in as); a desk on a real Sifely account is closed instead:
 * the only thing it allows is creating the first manager (policy.ts), because whoever stands at
 * a fresh desk could otherwise open doors. After that, a PIN unlocks it, and it locks again after
 * `idleMs` without activity.
 *
 * `monotonic`: the idle lock and the PIN pause are waits, so a clock set back does not stretch them.
 * `openWhenEmpty`: true only in demo mode.
 */
export function createStaffSession(deps: {
  staff: StaffRepo;
  monotonic: () => number;
  idleMs: () => number;
  openWhenEmpty: boolean;
  /** A lockout has begun (the audit log records each one); `staffName` is whose PIN was tried last. */
  onLockout?: (lockout: Lockout, staffName: string) => void;
}) {
  let current: { member: StaffMember; lastActivityMs: number } | null = null;
  const attempts = createPinAttempts(deps.monotonic);
  // PIN checks run one at a time: 400 guesses sent at once would otherwise all be hashed before
  // the fifth wrong one paused anything.
  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(check: () => Promise<T>): Promise<T> {
    const run = queue.then(check, check);
    queue = run.catch(() => undefined);
    return run;
  }

  /** One counted PIN check for `staffId`, in the queue: refused unhashed while locked out. */
  function checkPin(staffId: number, pin: string): Promise<StaffMember> {
    return oneAtATime(async () => {
      const member = deps.staff.get(staffId);
      const refusal = attempts.refusal(member?.role === 'manager');
      if (refusal) throw new DeskError('forbidden', refusal);
      attempts.begin();
      const stored = deps.staff.pinOf(staffId);
      // An unknown id costs a hash too, so a wrong name and a wrong PIN take the same time.
      const good = stored ? await verifyPin(pin, stored) : (await hashPin(pin), false);
      if (!good || !member) {
        const lockout = attempts.failed();
        if (lockout) deps.onLockout?.(lockout, member?.name ?? `#${staffId}`);
        throw new DeskError('forbidden', msg('staff.wrongPin'));
      }
      attempts.succeeded();
      return member;
    });
  }

  const configured = (): boolean => deps.staff.counts().members > 0;
  /** A real-account desk with nobody on it yet: closed until the first manager is created. */
  const awaitingFirstManager = (): boolean => !deps.openWhenEmpty && !configured();

  function activeMember(): StaffMember | null {
    if (!current) return null;
    if (deps.monotonic() - current.lastActivityMs > deps.idleMs()) {
      current = null; // idle: the next person must type their PIN
      return null;
    }
    // Re-read: a manager may have changed this member's role or removed them meanwhile.
    const fresh = deps.staff.get(current.member.id);
    if (!fresh) current = null;
    else current.member = fresh;
    return current?.member ?? null;
  }

  function status(): StaffStatus {
    const isConfigured = configured();
    const member = isConfigured ? activeMember() : null;
    const firstManager = !isConfigured && !deps.openWhenEmpty;
    return {
      configured: isConfigured,
      firstManager,
      locked: firstManager || (isConfigured && member === null),
      current: member,
      roster: isConfigured ? deps.staff.list() : [],
      idleLockMinutes: Math.round(deps.idleMs() / 60_000),
    };
  }

  /** The name the audit log records for the current action. */
  function currentStaff(): string {
    if (!configured()) return 'desk';
    return activeMember()?.name ?? 'desk';
  }

  /** Throws 'forbidden' unless the current session may act at `level`; counts as activity. */
  function require(level: AccessLevel): void {
    if (level === 'open') return;
    if (!configured()) {
      if (deps.openWhenEmpty) return;
      throw new DeskError('forbidden', msg('staff.firstManagerNeeded'));
    }
    const member = activeMember();
    if (!member) throw new DeskError('forbidden', msg('staff.locked'));
    if (level === 'manager' && member.role !== 'manager') throw new DeskError('forbidden', msg('staff.managerOnly', { name: member.name }));
    current!.lastActivityMs = deps.monotonic();
  }

  async function unlock(staffId: number, pin: string): Promise<StaffMember> {
    const member = await checkPin(staffId, pin);
    current = { member, lastActivityMs: deps.monotonic() };
    return member;
  }

  /** The signed-in member proves their current PIN (counted like an unlock) before changing it. */
  async function confirmOwnPin(pin: string): Promise<StaffMember> {
    const member = activeMember();
    if (!member) throw new DeskError('forbidden', msg('staff.locked'));
    return checkPin(member.id, pin);
  }

  return {
    status,
    currentStaff,
    require,
    unlock,
    confirmOwnPin,
    lock(): void {
      current = null;
    },
    /** The renderer's input heartbeat: keeps an unlocked session alive, never unlocks one. */
    touch(): void {
      if (activeMember()) current!.lastActivityMs = deps.monotonic();
    },
    /** The first staff member (a manager) is the one at the desk: sign them in so setup goes on. */
    signIn(member: StaffMember): void {
      current = { member, lastActivityMs: deps.monotonic() };
    },
    role(): StaffRole | null {
      if (configured()) return activeMember()?.role ?? null;
      return deps.openWhenEmpty ? 'manager' : null;
    },
    awaitingFirstManager,
  };
}
export type StaffSession = ReturnType<typeof createStaffSession>;
