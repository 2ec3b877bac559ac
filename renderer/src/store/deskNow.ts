import { useDesk } from './index';

/**
 * The desk's time, as the core keeps it (the lock cloud's when this PC's clock is wrong). Anything
 * the screen dates (a walk-in's arrival, the top bar's clock) uses this, never the PC's own clock.
 */
export const deskNow = (): number => Date.now() + useDesk.getState().deskOffsetMs;
