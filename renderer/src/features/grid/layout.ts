import type { GridStay, RoomGrid } from '../../../../shared/domain/room-grid';

export type GridCell = { kind: 'stay'; stay: GridStay; col: number; span: number } | { kind: 'free'; col: number };

/**
 * One room's row of the grid. A column is a night (the stay sleeps there: it arrived before the
 * day ended and leaves after it), so back-to-back stays share no column. A guest still to check
 * out today also covers today, unless a newcomer already has the night. Overlaps (an import that
 * clashed) keep the earlier stay; the later is still reachable from the lists.
 */
export function roomRow(grid: RoomGrid, roomId: number): GridCell[] {
  const owner: (GridStay | null)[] = grid.days.map(() => null);
  for (const stay of grid.stays.filter((s) => s.roomId === roomId)) {
    grid.days.forEach((d, i) => {
      const sleeps = stay.arrivalMs < d.endMs && stay.departureMs > d.endMs;
      const leavingToday = i === grid.today && (stay.state === 'departing' || (stay.state === 'attention' && stay.departureMs <= d.endMs));
      if ((sleeps || leavingToday) && owner[i] === null) owner[i] = stay;
    });
  }
  const cells: GridCell[] = [];
  for (let col = 0; col < owner.length; col++) {
    const stay = owner[col];
    if (!stay) {
      cells.push({ kind: 'free', col });
      continue;
    }
    let span = 1;
    while (col + span < owner.length && owner[col + span] === stay) span++;
    cells.push({ kind: 'stay', stay, col, span });
    col += span - 1;
  }
  return cells;
}
