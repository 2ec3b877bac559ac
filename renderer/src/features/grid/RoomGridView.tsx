import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridStay, GridStayState } from '../../../../shared/domain/room-grid';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { roomHealth, roomWarnings } from '../health/health';
import { roomRow } from './layout';
import { moveFocus } from './keyboard';
import './grid.css';

const LEGEND: (GridStayState | 'free')[] = ['arriving', 'in-house', 'departing', 'booked', 'attention', 'no-show', 'past', 'free'];

/** A room's lock health in two or three words (the full warnings are in the walk-in and move dialogs). */
function GridDoorHealth({ roomId }: { roomId: number }) {
  const { t } = useTranslation();
  const room = useDesk((s) => roomHealth(s.health, roomId));
  if (!room) return <span className="hp hp-unknown">{t('health.unknown')}</span>;
  const worst = roomWarnings(room)[0];
  if (!worst) {
    const unknown = room.doors.some((d) => d.gatewayOnline === null && d.hasGateway !== false);
    return unknown ? (
      <span className="hp hp-unknown">{t('health.unknown')}</span>
    ) : (
      <span className="hp hp-online">{t('grid.locksOk')}</span>
    );
  }
  if (worst.msg.key === 'health.warnNoGateway') return <span className="hp hp-noGateway">{t('health.noGateway')}</span>;
  if (worst.msg.key === 'health.warnOffline') return <span className="hp hp-offline">{t('health.offline')}</span>;
  return <span className="hp hp-offline">{t('health.lowBattery', { level: Number(worst.msg.params?.['level']) })}</span>;
}

/**
 * The room grid (tape chart): rooms down, nights across, from yesterday to two weeks ahead. One
 * Tab stop; the arrow keys move between stays and tonight's free rooms, Enter opens the booking
 * or a walk-in for that room.
 */
export function RoomGridView() {
  const { t } = useTranslation();
  const f = useFormat();
  const grid = useDesk((s) => s.grid);
  const loadGrid = useDesk((s) => s.loadGrid);
  const openStay = useDesk((s) => s.openStay);
  const openWalkIn = useDesk((s) => s.openWalkIn);
  const [active, setActive] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!grid) void loadGrid();
  }, [grid, loadGrid]);

  if (!grid) return <main className="grid-view" aria-busy="true" />;
  const stayLabel = (s: GridStay): string =>
    t('grid.stayLabel', {
      guest: s.guestName,
      state: t(`grid.state.${s.state}`),
      from: f.shortDate(s.arrivalMs),
      to: f.shortDate(s.departureMs),
    });
  const rows = grid.rooms.map((room) => ({ room, cells: roomRow(grid, room.id) }));
  // The roving Tab stop: the last item used, else the first stay or free room of the grid.
  const firstKey =
    rows.flatMap((r, ri) => r.cells.filter((c) => c.kind === 'stay' || c.col === grid.today).map((c) => `${ri}:${c.col}`))[0] ?? null;
  const tabKey = active ?? firstKey;
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>): void => {
    const next = tableRef.current ? moveFocus(tableRef.current, e.key, e.target) : null;
    if (next === null) return;
    e.preventDefault(); // an arrow at the grid's edge stays put rather than scrolling the page
    if (next) setActive(next);
  };

  return (
    <main className="grid-view" aria-labelledby="grid-title">
      <header className="grid-head">
        <h1 id="grid-title">{t('grid.title')}</h1>
        <ul className="grid-legend" aria-label={t('grid.legend')}>
          {LEGEND.map((s) => (
            <li key={s}>
              <span className={`swatch bar-${s}`} aria-hidden="true" />
              {t(`grid.state.${s}`)}
            </li>
          ))}
        </ul>
      </header>
      <div className="grid-scroll">
        <table ref={tableRef} className="tape" onKeyDown={onKeyDown}>
          <caption className="visually-hidden">{t('grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="tape-room">
                {t('grid.roomAndLocks')}
              </th>
              {grid.days.map((d, i) => (
                <th
                  key={d.date}
                  scope="col"
                  className={i === grid.today ? 'is-today' : undefined}
                  aria-current={i === grid.today ? 'date' : undefined}
                >
                  <span className="day-week">
                    {new Intl.DateTimeFormat(f.locale, { timeZone: f.timeZone, weekday: 'short' }).format(d.startMs + 12 * 3_600_000)}
                  </span>
                  <span className="day-num">
                    {new Intl.DateTimeFormat(f.locale, { timeZone: f.timeZone, day: 'numeric', month: 'short' }).format(
                      d.startMs + 12 * 3_600_000,
                    )}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ room, cells }, ri) => (
              <tr key={room.id} data-room={room.name}>
                <th scope="row" className="tape-room">
                  <span className="tape-room-name">{room.name}</span>
                  <GridDoorHealth roomId={room.id} />
                </th>
                {cells.map((c) => {
                  const key = `${ri}:${c.col}`;
                  const today = c.col === grid.today || (c.kind === 'stay' && c.col <= grid.today && grid.today < c.col + c.span);
                  if (c.kind === 'stay')
                    return (
                      <td key={key} colSpan={c.span} className={today ? 'has-today' : undefined}>
                        <button
                          type="button"
                          className={`bar bar-${c.stay.state}`}
                          data-row={ri}
                          data-col={c.col}
                          data-span={c.span}
                          data-state={c.stay.state}
                          tabIndex={key === tabKey ? 0 : -1}
                          aria-label={stayLabel(c.stay)}
                          title={stayLabel(c.stay)}
                          onFocus={() => setActive(key)}
                          onClick={() => openStay(c.stay.bookingId)}
                        >
                          {c.stay.guestName}
                        </button>
                      </td>
                    );
                  if (c.col !== grid.today) return <td key={key} className="free" />;
                  return (
                    <td key={key} className="free has-today">
                      <button
                        type="button"
                        className="free-walk-in"
                        data-row={ri}
                        data-col={c.col}
                        data-span={1}
                        tabIndex={key === tabKey ? 0 : -1}
                        aria-label={t('grid.walkInRoom', { room: room.name })}
                        title={t('grid.walkInRoom', { room: room.name })}
                        onFocus={() => setActive(key)}
                        onClick={() => openWalkIn(room.id)}
                      >
                        {t('grid.free')}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
