import { type Channel, contract } from './contract';
import { type EventName, events } from './events';

/**
 * The channel and event names, read off their tables. The preload's bundle replaces this module
 * with the same two lists as literals, computed from it at build time (build/bundle-config.mjs),
 * so the sandboxed preload carries neither zod nor the schemas.
 */
export const CHANNEL_NAMES = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];
