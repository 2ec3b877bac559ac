import type { Channel } from './contract';
import type { EventName } from './events';
import { CHANNEL_NAMES, EVENT_NAMES } from './names';

/** Membership tests for the channel and event names (names.ts); all the preload needs. */
export type ChannelName = Channel;
export type { EventName };
export { CHANNEL_NAMES, EVENT_NAMES };

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export const isChannel = (name: unknown): name is ChannelName => typeof name === 'string' && channelSet.has(name);
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && eventSet.has(name);
