import { msg } from '../../../shared/messages';
import type { AuditRepo } from '../db/repos/audit.repo';
import { DeskError } from '../ipc/desk-error';
import { handlersFor } from '../ipc/dispatch';
import { newDemoUid, readerTextFor } from './demo-card';
import type { ReaderService } from './service';

export interface ReaderHandlerDeps {
  /** Demo mode: "tap a demo card" works only there (a real desk's cards come from its reader). */
  demo: boolean;
  audit: AuditRepo;
  staff: () => string;
}

/** The reader's IPC handlers, spread into the desk's table. */
export function readerHandlers(reader: ReaderService, deps: ReaderHandlerDeps) {
  let demoUid: number | null = null;
  return handlersFor({
    'reader:status': () => reader.status(),
    'reader:devices': () => reader.devices(),
    'reader:keyboard-read': ({ raw }) => reader.accept(raw, 'keyboard'),
    'reader:demo-tap': ({ again }) => {
      if (!deps.demo) throw new DeskError('forbidden', msg('reader.demoOnly'));
      if (!again || demoUid === null) demoUid = newDemoUid();
      return reader.accept(readerTextFor(demoUid, reader.cardProfile()), 'demo');
    },
    'reader:typed-card': ({ cardNumber }) => {
      // Typed by hand, so no reader vouches for it: the log says who typed which number.
      deps.audit.add({
        staff: deps.staff(),
        action: 'typed-card',
        bookingId: null,
        detail: msg('audit.cardTyped', { card: cardNumber }),
        result: 'ok',
      });
      return reader.acceptCardNumber(cardNumber, 'typed');
    },
    'reader:calibrate': ({ lockId, raw }) => reader.calibrate(lockId, raw),
    'reader:save-profile': (profile) => reader.saveProfile(profile),
  });
}
