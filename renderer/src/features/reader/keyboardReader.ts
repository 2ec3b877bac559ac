import type { BurstRead } from '../../../../shared/wedge/burst';
import { useDesk } from '../../store';
import { installWedge, type Wedge } from './wedge';

let wedge: Wedge | null = null;

/** Installs the keyboard-wedge reader once, outside React; its reads go to the store. */
export function startKeyboardReader(): Wedge {
  wedge ??= installWedge((read: BurstRead) => {
    if (read.kind === 'card') void useDesk.getState().cardRead(read.text);
  });
  return wedge;
}
