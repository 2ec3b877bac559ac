import type { AutoIssuePolicy, DeliverySettings } from '../../../shared/domain/delivery';
import { DESK_SOURCE } from '../bookings/manual';

/** Which policy a booking's source follows: its own entry, else walk-in / feed / CSV by kind. */
export function policyFor(settings: DeliverySettings, source: string): AutoIssuePolicy {
  const own = settings.policies.bySource[source];
  if (own) return own;
  if (source === DESK_SOURCE) return settings.policies.walkIn;
  if (source.startsWith('feed:')) return settings.policies.feeds;
  // The demo's sample bookings are the desk's own, like walk-ins.
  if (source === 'demo') return settings.policies.walkIn;
  return settings.policies.csv;
}
