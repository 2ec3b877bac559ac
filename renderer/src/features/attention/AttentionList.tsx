import { useTranslation } from 'react-i18next';
import type { AttentionItem } from '../../../../shared/domain/attention';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import './attention.css';

type Held = Extract<AttentionItem, { kind: 'held' }>;

/** What a held change would do, in the clerk's words: only the parts that differ. */
function useHeldWhat(): (item: Held) => string {
  const { t } = useTranslation();
  const f = useFormat();
  return (item) => {
    const { booking: b, proposal: p } = item;
    if (p.cancel) return t('attention.cancelInHouse');
    const parts: string[] = [];
    if (p.roomId !== b.roomId) parts.push(t('attention.room', { from: b.roomName, to: p.roomName }));
    if (p.arrivalMs !== b.arrivalMs) parts.push(t('attention.arrival', { from: f.moment(b.arrivalMs), to: f.moment(p.arrivalMs) }));
    if (p.departureMs !== b.departureMs)
      parts.push(t('attention.departure', { from: f.moment(b.departureMs), to: f.moment(p.departureMs) }));
    return parts.join('; ');
  };
}

function Row({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const resolveClash = useDesk((s) => s.resolveClash);
  const resolveHeld = useDesk((s) => s.resolveHeld);
  const busy = useDesk((s) => s.flow === 'busy');
  const what = useHeldWhat();
  const b = item.booking;
  return (
    <li className="attention-item">
      <div className="attention-who">
        <span className="room-tag">{b.roomName}</span>
        <span className="guest">{b.guestName}</span>
        <span className="muted">
          {f.moment(b.arrivalMs)} → {f.moment(b.departureMs)}
        </span>
      </div>
      <p className="attention-why">
        {item.kind === 'clash'
          ? t('attention.clash', { room: b.roomName, other: item.other.guestName, ref: item.other.ref })
          : item.kind === 'codeHeld'
            ? t('attention.codeHeld', { reason: words(item.reason) })
            : t('attention.asks', { source: item.source, what: what(item) })}
      </p>
      <div className="attention-actions" role="group" aria-label={b.guestName}>
        {item.kind !== 'held' ? (
          <>
            <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void resolveClash(b.id, 'room')}>
              {t('attention.otherRoom')}
            </button>
            <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void resolveClash(b.id, 'dates')}>
              {t('attention.shorter')}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-small btn-quiet-danger"
              disabled={busy}
              onClick={() => void resolveClash(b.id, 'cancel')}
            >
              {t('attention.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => void resolveHeld(item, true)}>
              {t('attention.confirm')}
            </button>
            <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void resolveHeld(item, false)}>
              {t('attention.reject')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/**
 * The main screen's Needs-attention list (issue 15, rules 3 and 4): stays imported on top of
 * another, changes from feeds and files that wait for a clerk, and codes to be sent ahead that
 * the room's other stays hold back (issue 18; resolved like a clash). Shown only when there is one.
 */
export function AttentionList() {
  const { t } = useTranslation();
  const items = useDesk((s) => s.attention);
  if (items.length === 0) return null;
  return (
    <section className="list-section attention" aria-labelledby="list-attention">
      <h2 id="list-attention">
        {t('attention.title')} <span className="count count-attention">{items.length}</span>
      </h2>
      <ul>
        {items.map((item) => (
          <Row key={item.kind === 'held' ? `h${item.id}` : `${item.kind === 'clash' ? 'c' : 'a'}${item.booking.id}`} item={item} />
        ))}
      </ul>
    </section>
  );
}
