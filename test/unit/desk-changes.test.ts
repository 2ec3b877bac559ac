import { describe, expect, it } from 'vitest';
import { createChangeFeed } from '../../electron/core/changes';

describe("'desk:changed' is coalesced per tick and says what changed", () => {
  it('a burst is one event naming the lists, health and each booking once', async () => {
    const sent: unknown[] = [];
    const changed = createChangeFeed((c) => sent.push(c));
    for (let i = 0; i < 6; i++) changed({ access: 7, health: true });
    changed({ access: 9 });
    expect(sent).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(sent).toEqual([{ bookings: false, health: true, access: [7, 9] }]);
    changed({ bookings: true });
    await new Promise((r) => setImmediate(r));
    expect(sent.at(-1)).toEqual({ bookings: true, health: false, access: [] });
    expect(sent).toHaveLength(2);
  });
});
