import type { Db } from '../open';

// A 'verify' is the desk re-reading a lock's list after a confirmed delete: nobody waits for it, so
// counting it showed "1 operation waiting" beside every guest of a shared door after any check-out.
const OPEN_OPS_BY_DOOR = `SELECT c.door_id AS doorId, COUNT(*) AS n FROM outbox o JOIN credentials c ON c.id = o.credential_id
  WHERE o.state IN ('queued', 'sending') AND o.op <> 'verify' GROUP BY c.door_id`;
const ACTIVE_BY_DOOR = `SELECT door_id AS doorId, COUNT(*) AS n FROM credentials WHERE state IN ('pending', 'issued', 'revoking') GROUP BY door_id`;

/** How busy each door is, for the health column: lock work still to do and credentials held. */
export function createDoorLoadRepo(db: Db) {
  const openOps = db.prepare<[], { doorId: number; n: number }>(OPEN_OPS_BY_DOOR);
  const active = db.prepare<[], { doorId: number; n: number }>(ACTIVE_BY_DOOR);
  return {
    /** Outbox operations queued or in flight, per door id. */
    openOperationsByDoor: (): Map<number, number> => new Map(openOps.all().map((r) => [r.doorId, r.n])),
    /** Credentials pending, issued or being revoked, per door id. */
    activeCredentialsByDoor: (): Map<number, number> => new Map(active.all().map((r) => [r.doorId, r.n])),
  };
}
export type DoorLoadRepo = ReturnType<typeof createDoorLoadRepo>;
