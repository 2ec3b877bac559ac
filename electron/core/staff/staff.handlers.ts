import type { StaffMember, StaffSave } from '../../../shared/domain/staff';
import { msg, type Message } from '../../../shared/messages';
import type { AuditRepo } from '../db/repos/audit.repo';
import { DeskError } from '../ipc/desk-error';
import { handlersFor } from '../ipc/dispatch';
import { hashPin } from './pin';
import type { StaffSession } from './session';
import type { StaffRepo } from '../db/repos/staff.repo';

/** Staff members and the PIN lock. Nothing here returns a PIN, a hash or a salt. */
export function staffHandlers(deps: { staff: StaffRepo; session: StaffSession; audit: AuditRepo }) {
  const { staff, session, audit } = deps;
  const note = (action: string, detail: Message, result: 'ok' | 'failed' = 'ok'): void =>
    void audit.add({ staff: session.currentStaff(), action, bookingId: null, detail, result });

  async function save(input: StaffSave): Promise<StaffMember> {
    const clash = staff.idByName(input.name);
    if (clash !== null && clash !== input.id) throw new DeskError('conflict', msg('staff.nameTaken', { name: input.name }));
    const { members, managers } = staff.counts();
    if (input.id === undefined) {
      if (!input.pin) throw new DeskError('invalid-request', msg('staff.pinNeeded'));
      // The first member must be able to manage the desk, or nobody could ever change settings again.
      if (members === 0 && input.role !== 'manager') throw new DeskError('conflict', msg('staff.firstMustManage'));
      const pin = await hashPin(input.pin);
      // Two "first manager" requests at once: both read no staff before hashing. Only the first
      // to get here is the first manager; the other was never allowed past the empty-desk gate.
      if (members === 0 && staff.counts().members > 0) throw new DeskError('forbidden', msg('staff.locked'));
      const id = staff.add(input.name, input.role, pin);
      const member = staff.get(id)!;
      if (members === 0) session.signIn(member);
      note('staff-added', msg('audit.staffMember', { name: member.name, role: msg(`audit.role.${member.role}`) }));
      return member;
    }
    const before = staff.get(input.id);
    if (!before) throw new DeskError('not-found', msg('staff.gone'));
    if (before.role === 'manager' && input.role !== 'manager' && managers <= 1) throw new DeskError('conflict', msg('staff.lastManager'));
    staff.update(input.id, input.name, input.role, input.pin ? await hashPin(input.pin) : null);
    note(
      'staff-changed',
      msg(input.pin ? 'audit.staffMemberNewPin' : 'audit.staffMember', { name: input.name, role: msg(`audit.role.${input.role}`) }),
    );
    return staff.get(input.id)!;
  }

  return handlersFor({
    'staff:status': () => session.status(),
    'staff:unlock': async ({ staffId, pin }) => {
      try {
        const member = await session.unlock(staffId, pin);
        audit.add({ staff: member.name, action: 'staff-unlock', bookingId: null, detail: msg('audit.deskUnlocked'), result: 'ok' });
      } catch (e) {
        audit.add({
          staff: staff.get(staffId)?.name ?? `#${staffId}`,
          action: 'staff-unlock',
          bookingId: null,
          detail: msg('audit.wrongPin'),
          result: 'failed',
        });
        throw e;
      }
      return session.status();
    },
    'staff:lock': () => {
      session.lock();
      return session.status();
    },
    'staff:activity': () => {
      session.touch();
      return { locked: session.status().locked };
    },
    'staff:list': () => ({ members: staff.list() }),
    'staff:save': (input) => save(input),
    'staff:change-pin': async ({ currentPin, newPin }) => {
      let me: StaffMember;
      try {
        me = await session.confirmOwnPin(currentPin);
      } catch (e) {
        note('staff-pin-changed', msg('audit.wrongPin'), 'failed');
        throw e;
      }
      staff.update(me.id, me.name, me.role, await hashPin(newPin));
      note('staff-pin-changed', msg('audit.ownPinChanged'));
      return { changed: true as const };
    },
    'staff:remove': ({ id }) => {
      const member = staff.get(id);
      if (!member) throw new DeskError('not-found', msg('staff.gone'));
      const { managers } = staff.counts();
      // The last manager stays, even when alone: removing them would leave a desk nobody can manage
      // (or, with nobody left, reopen it to whoever stands there next).
      if (member.role === 'manager' && managers <= 1) throw new DeskError('conflict', msg('staff.lastManagerRemove'));
      note('staff-removed', msg('audit.name', { name: member.name }));
      staff.remove(id);
      return { members: staff.list() };
    },
  });
}
