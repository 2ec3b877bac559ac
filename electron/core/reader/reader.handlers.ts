import { handlersFor } from '../ipc/dispatch';
import type { ReaderService } from './service';


/** The reader's IPC handlers, spread into the desk's table. */
export function readerHandlers(reader: ReaderService) {
  return handlersFor({
    'reader:status': () => reader.status(),
    'reader:devices': () => reader.devices(),
    'reader:keyboard-read': ({ raw }) => reader.accept(raw, 'keyboard'),
    'reader:calibrate': ({ lockId, raw }) => reader.calibrate(lockId, raw),
    'reader:save-profile': (profile) => reader.saveProfile(profile),
  });
}
