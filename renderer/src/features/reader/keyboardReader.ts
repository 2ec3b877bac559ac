import type { BurstOptions, BurstRead } from '../../../../shared/wedge/burst';
import { msg } from '../../../../shared/messages';
import { desk } from '../../api/bridge';
import { useDesk } from '../../store';
import { failureNotice } from '../../store/notice';
import { burstOptionsFor } from './burstOptions';
import { cardTapped } from './cardTapped';
import { installWedge, type Wedge } from './wedge';

let wedge: Wedge | null = null;
let override: Partial<BurstOptions> | null = null;
let fromProfile: Partial<BurstOptions> = {};

/**
 * Every burst the wedge swallowed, card-shaped or not, goes to main, which applies the reader
 * profile and the one-tap-per-second rule for both sources alike. The reply says whether the card
 * was accepted (then it is handled like a HID tap) or why not (explained here).
 */
async function submit(read: BurstRead): Promise<void> {
  const r = await desk.invoke('reader:keyboard-read', { raw: read.text.slice(0, 64) });
  if (!r.ok) return useDesk.getState().say(failureNotice(r));
  if (r.value.accepted && r.value.cardNumber !== null) return cardTapped(r.value.cardNumber);
  if (!r.value.accepted && r.value.cardNumber === null) {
    // A catalogue notice: its sentence, and the core's reason inside it, follow a language switch.
    useDesk.getState().say({ tone: 'info', msg: msg('reader.tapAgain', { why: r.value.reason ?? msg('reader.notACardNumber') }) });
  }
}

async function followProfile(): Promise<void> {
  const r = await desk.invoke('reader:status', {});
  if (!r.ok) return;
  fromProfile = burstOptionsFor(r.value.profile.card.format);
  wedge?.configure(override ?? fromProfile);
}

/** Installs the keyboard-wedge reader once, outside React, and keeps it in step with the profile. */
export function startKeyboardReader(): Wedge {
  if (!wedge) {
    wedge = installWedge((read) => void submit(read));
    desk.on('reader:changed', () => void followProfile());
    void followProfile();
  }
  return wedge;
}

/** Calibration widens what the wedge accepts until it ends (`null` restores the profile's rules). */
export function overrideBurstOptions(options: Partial<BurstOptions> | null): void {
  override = options;
  wedge?.configure(options ?? fromProfile);
}
