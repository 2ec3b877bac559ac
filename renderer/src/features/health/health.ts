import { msg, type Message } from '../../../../shared/messages';
import type { DoorHealth, LockHealthReport, RoomHealth } from '../../../../shared/domain/lock-health';

/** Below this the lock should get new batteries soon (Sifely's app warns at about the same level). */
export const LOW_BATTERY = 20;

export interface HealthWarning {
  door: string;
  msg: Message;
  severity: 'bad' | 'warn';
}

export const roomHealth = (report: LockHealthReport | null, roomId: number): RoomHealth | undefined =>
  report?.rooms.find((r) => r.roomId === roomId);

export function doorWarnings(room: string, d: DoorHealth): HealthWarning[] {
  const out: HealthWarning[] = [];
  if (d.hasGateway === false) out.push({ door: d.name, msg: msg('health.warnNoGateway', { room, door: d.name }), severity: 'bad' });
  else if (d.gatewayOnline === false) out.push({ door: d.name, msg: msg('health.warnOffline', { room, door: d.name }), severity: 'warn' });
  if (d.battery !== null && d.battery < LOW_BATTERY)
    out.push({ door: d.name, msg: msg('health.warnBattery', { room, door: d.name, level: d.battery }), severity: 'warn' });
  return out;
}

/** What could go wrong programming this room's doors, worst first. */
export function roomWarnings(room: RoomHealth | undefined): HealthWarning[] {
  if (!room) return [];
  const all = room.doors.flatMap((d) => doorWarnings(room.name, d));
  return [...all.filter((w) => w.severity === 'bad'), ...all.filter((w) => w.severity === 'warn')];
}
