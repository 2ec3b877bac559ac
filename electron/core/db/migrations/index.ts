import type { Migration } from '../migrate';
import { m0010Initial } from './0010-initial';

/** Append-only, in version order. */
export const migrations: readonly Migration[] = [m0010Initial];
