/**
 * The names of the IPC channels and events, and nothing else. The sandboxed preload imports only
 * this file, so it does not bundle zod and the schemas (the preload was ~740 KB when it imported
 * the contract). contract.ts and events.ts check their tables against these lists with `satisfies`:
 * a channel added on one side only is a compile error.
 */
export const CHANNEL_NAMES = [
  'desk:status',
  'reader:status',
  'reader:devices',
  'reader:keyboard-read',
  'reader:calibrate',
  'reader:save-profile',
  'booking:today',
  'booking:get',
  'access:issue-card',
  'access:check-out',
  'access:issue-passcode',
  'access:cancel',
  'access:report-lost',
  'access:card-returned',
  'access:identify-card',
  'access:preview-change',
  'access:apply-change',
  'audit:list',
  'outbox:status',
  'access:night-audit',
  'booking:search',
  'booking:create',
  'booking:update',
  'import:csv-preview',
  'import:csv-commit',
  'feed:list',
  'feed:add',
  'feed:refresh',
  'lock:health',
  'lock:unlock',
  'slip:render',
  'slip:print',
  'slip:options',
  'staff:status',
  'staff:unlock',
  'staff:lock',
  'staff:activity',
  'staff:list',
  'staff:save',
  'staff:remove',
  'staff:change-pin',
  'setup:state',
  'setup:sifely-login',
  'setup:locks',
  'setup:save-room',
  'setup:save-property',
  'setup:save-settings',
  'setup:printers',
  'setup:quit-desk',
  'delivery:state',
  'delivery:save-contact',
  'delivery:resend',
  'setup:delivery',
  'setup:save-delivery',
  'setup:test-email',
] as const;

export const EVENT_NAMES = ['reader:card', 'reader:changed', 'desk:changed', 'desk:clock'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export const isChannel = (name: unknown): name is ChannelName => typeof name === 'string' && channelSet.has(name);
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && eventSet.has(name);
