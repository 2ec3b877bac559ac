import type { DeskHandlers } from '../ipc/dispatch';
import type { ReaderService } from './service';

type ReaderChannel = 'reader:status' | 'reader:devices' | 'reader:keyboard-read' | 'reader:calibrate' | 'reader:save-profile';

/** The reader's IPC handlers, spread into the desk's table. */
export function readerHandlers(reader: ReaderService): Pick<DeskHandlers, ReaderChannel> {
  return {
    'reader:status': () => reader.status(),
    'reader:devices': () => reader.devices(),
    'reader:keyboard-read': ({ raw }) => reader.accept(raw, 'keyboard'),
    'reader:calibrate': ({ lockId, raw }) => reader.calibrate(lockId, raw),
    'reader:save-profile': (profile) => reader.saveProfile(profile),
  };
}
