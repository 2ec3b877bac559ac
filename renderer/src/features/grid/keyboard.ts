/** The grid's items: stay bars and tonight's free rooms, each with its row and first column. */
interface Item {
  el: HTMLElement;
  row: number;
  col: number;
  span: number;
}

const itemsOf = (table: HTMLElement): Item[] =>
  [...table.querySelectorAll<HTMLElement>('[data-row][data-col]')].map((el) => ({
    el,
    row: Number(el.dataset['row']),
    col: Number(el.dataset['col']),
    span: Number(el.dataset['span'] ?? 1),
  }));

/**
 * Arrow keys, Home and End move the focus between the grid's items (a roving Tab stop, so Tab
 * leaves the grid in one press). Up and Down keep to the column, or the nearest item in the row.
 * Returns the new item's key ("row:col"), or null when the key is not the grid's.
 */
export function moveFocus(table: HTMLElement, key: string, from: EventTarget): string | null {
  const items = itemsOf(table);
  const here = items.find((i) => i.el === from);
  if (!here) return null;
  const row = (r: number): Item[] => items.filter((i) => i.row === r).sort((a, b) => a.col - b.col);
  const rows = [...new Set(items.map((i) => i.row))].sort((a, b) => a - b);
  let next: Item | undefined;
  switch (key) {
    case 'ArrowRight':
      next = row(here.row).find((i) => i.col > here.col);
      break;
    case 'ArrowLeft':
      next = row(here.row)
        .reverse()
        .find((i) => i.col < here.col);
      break;
    case 'Home':
      next = row(here.row)[0];
      break;
    case 'End':
      next = row(here.row).at(-1);
      break;
    case 'ArrowDown':
    case 'ArrowUp': {
      const at = rows.indexOf(here.row);
      const target = rows[key === 'ArrowDown' ? at + 1 : at - 1];
      if (target === undefined) return '';
      const candidates = row(target);
      next =
        candidates.find((i) => i.col <= here.col && here.col < i.col + i.span) ??
        candidates.sort((a, b) => Math.abs(a.col - here.col) - Math.abs(b.col - here.col))[0];
      break;
    }
    default:
      return null;
  }
  if (!next) return '';
  next.el.focus();
  return `${next.row}:${next.col}`;
}
