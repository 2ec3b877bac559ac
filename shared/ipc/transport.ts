/**
 * The two Electron IPC channels every request and event travels on: `desk:invoke` carries
 * (channel, payload) to the core's dispatcher, `desk:event` carries (event, payload) back. Shared by
 * main and the preload, which is bundled alone.
 */
export const INVOKE_CHANNEL = 'desk:invoke';
export const EVENT_CHANNEL = 'desk:event';
