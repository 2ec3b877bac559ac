import { useDesk, type DeskStore } from '../../store';
import { burstOptionsFor, CALIBRATION_BURST } from './burstOptions';
import { installWedge, type Wedge } from './wedge';

let wedge: Wedge | null = null;

/**
 * The wedge's rules, from the store's reader slice: the profile's format fixes the expected length
 * and alphabet, and while a calibration waits for its tap, any plausible read is let through.
 * A key per rule set, so the wedge is configured only when it changes.
 */
function rulesOf(s: DeskStore): { key: string; options: Parameters<Wedge['configure']>[0] } | null {
  if (s.calibration.step === 'waiting') return { key: 'calibration', options: CALIBRATION_BURST };
  const format = s.readerStatus?.profile.card.format;
  return format ? { key: `profile:${format}`, options: burstOptionsFor(format) } : null;
}

/**
 * Installs the keyboard-wedge reader once, outside React. Every burst it swallowed goes to main
 * through the reader slice (which handles the reply); its rules follow the slice's profile.
 */
export function startKeyboardReader(): Wedge {
  if (!wedge) {
    const w = installWedge((read) => void useDesk.getState().keyboardRead(read.text));
    let applied = '';
    const follow = (s: DeskStore): void => {
      const rules = rulesOf(s);
      if (!rules || rules.key === applied) return;
      applied = rules.key;
      w.configure(rules.options);
    };
    useDesk.subscribe(follow);
    follow(useDesk.getState());
    wedge = w;
  }
  return wedge;
}
