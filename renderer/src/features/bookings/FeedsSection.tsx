import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feed, FeedRefreshResult } from '../../../../shared/domain/booking-import';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { useFormat } from '../../ui/format';
import { shortAddress } from './feed-address';
import { ImportCounts } from './ImportCounts';
import { NO_ROOMS, RoomSelect } from '../health/RoomSelect';

type Said = { key: string; text: string; bad: boolean; result?: FeedRefreshResult };

/** The rooms' iCal feeds: their state, a refresh per feed or for all, and a form to add one. */
export function FeedsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const rooms = useDesk((s) => s.health?.rooms ?? NO_ROOMS);
  const feeds = useDesk((s) => s.feeds);
  const feedsError = useDesk((s) => s.feedsError);
  const loadFeeds = useDesk((s) => s.loadFeeds);
  const refreshFeeds = useDesk((s) => s.refreshFeeds);
  const addFeed = useDesk((s) => s.addFeed);
  const [busy, setBusy] = useState<number | 'all' | 'add' | null>(null);
  const [said, setSaid] = useState<Said[]>([]);
  const [roomId, setRoomId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const hintId = useId();
  const room = roomId ?? rooms[0]?.roomId ?? null;

  // Once when the dialog opens (the desk loads lock health, and so the rooms, at start-up);
  // refreshes and additions re-list on their own.
  useEffect(() => {
    void loadFeeds();
  }, [loadFeeds]);

  const label = (feedId: number, list: Feed[]): { name: string; room: string } => {
    const feed = list.find((x) => x.id === feedId);
    return { name: feed?.name ?? `#${feedId}`, room: feed?.roomName ?? '?' };
  };
  const sayResults = (results: FeedRefreshResult[], list: Feed[]): Said[] =>
    results.map((r) => {
      const who = label(r.feedId, list);
      return r.ok
        ? { key: `r${r.feedId}`, text: t('bookingsImport.feeds.resultOk', who), bad: false, result: r }
        : { key: `r${r.feedId}`, text: t('bookingsImport.feeds.resultBad', { ...who, error: words(r.error) }), bad: true };
    });

  const refresh = async (feedId?: number): Promise<void> => {
    setBusy(feedId ?? 'all');
    setSaid([]);
    const r = await refreshFeeds(feedId);
    setBusy(null);
    if (!r.ok) return setSaid([{ key: 'err', text: words(r.msg), bad: true }]);
    setSaid(sayResults(r.value.results, r.value.feeds));
  };

  const add = async (): Promise<void> => {
    if (room === null) return;
    setBusy('add');
    setSaid([]);
    const added = await addFeed({ roomId: room, name, url });
    setBusy(null);
    if (added.kind === 'refused') return setSaid([{ key: 'add', text: words(added.msg), bad: true }]);
    setName('');
    setUrl('');
    const who = { name: added.feed.name, room: added.feed.roomName };
    if (added.kind === 'unread')
      return setSaid([{ key: 'add', text: t('bookingsImport.feeds.addedBad', { ...who, error: words(added.msg) }), bad: true }]);
    const { result } = added;
    setSaid([{ key: 'add', text: t('bookingsImport.feeds.added', who), bad: false, ...(result ? { result } : {}) }]);
  };

  return (
    <section className="bookings-part" aria-labelledby="feeds-heading">
      <div className="bookings-part-head">
        <h3 id="feeds-heading">{t('bookingsImport.feeds.heading')}</h3>
        <button type="button" className="btn btn-secondary" disabled={busy !== null || feeds.length === 0} onClick={() => void refresh()}>
          {busy === 'all' ? t('bookingsImport.feeds.refreshing') : t('bookingsImport.feeds.refreshAll')}
        </button>
      </div>
      <p className="muted">{t('bookingsImport.feeds.intro')}</p>
      {feedsError && (
        <p className="notice notice-error" role="alert">
          {words(feedsError)}
        </p>
      )}
      <div aria-live="polite" className="feed-results">
        {said.map((s) => (
          <div key={s.key} className={`import-said${s.bad ? ' import-said-bad' : ''}`} data-testid="feed-result">
            <p>{s.text}</p>
            {s.result && <ImportCounts counts={s.result.counts} />}
            {s.result?.warnings.map((w, i) => (
              <p key={i} className="muted">
                {words(w)}
              </p>
            ))}
          </div>
        ))}
      </div>
      {feeds.length === 0 ? (
        <p className="muted">{t('bookingsImport.feeds.empty')}</p>
      ) : (
        <div className="bookings-table-wrap">
          <table className="bookings-table" aria-labelledby="feeds-heading">
            <thead>
              <tr>
                <th scope="col">{t('bookingsImport.feeds.room')}</th>
                <th scope="col">{t('bookingsImport.feeds.calendar')}</th>
                <th scope="col">{t('bookingsImport.feeds.lastSuccess')}</th>
                <th scope="col" className="num">
                  {t('bookingsImport.feeds.events')}
                </th>
                <th scope="col">{t('bookingsImport.feeds.status')}</th>
                <th scope="col">
                  <span className="bookings-vh">{t('bookingsImport.feeds.refresh')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((feed) => (
                <tr key={feed.id} data-feed={feed.id}>
                  <td>
                    <strong>{feed.roomName}</strong>
                  </td>
                  <td>
                    {feed.name}
                    <br />
                    <span className="feed-url" title={feed.url}>
                      {shortAddress(feed.url)}
                    </span>
                  </td>
                  <td className="nowrap">{feed.lastSuccessMs === null ? t('bookingsImport.never') : f.moment(feed.lastSuccessMs)}</td>
                  <td className="num">{feed.lastEventCount ?? '–'}</td>
                  <td className="feed-status">
                    {feed.lastError ? (
                      <span className="feed-error">{words(feed.lastError)}</span>
                    ) : feed.lastSuccessMs === null ? (
                      <span className="muted">{t('bookingsImport.feeds.notRead')}</span>
                    ) : (
                      <span className="chip feed-ok">{t('bookingsImport.feeds.ok')}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      disabled={busy !== null}
                      aria-label={t('bookingsImport.feeds.refreshOne', { name: feed.name, room: feed.roomName })}
                      onClick={() => void refresh(feed.id)}
                    >
                      {busy === feed.id ? t('bookingsImport.feeds.refreshing') : t('bookingsImport.feeds.refresh')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="feed-add"
        aria-labelledby="feed-add-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h4 id="feed-add-heading">{t('bookingsImport.feeds.add')}</h4>
        {rooms.length === 0 && <p className="muted">{t('bookingsImport.feeds.noRooms')}</p>}
        <div className="feed-add-fields">
          <label className="field">
            {t('bookingsImport.feeds.room')}
            <RoomSelect value={room} onChange={setRoomId} required />
          </label>
          <label className="field">
            {t('bookingsImport.feeds.addName')}
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} autoComplete="off" />
          </label>
          <label className="field feed-add-url">
            {t('bookingsImport.feeds.url')}
            <input
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              required
              maxLength={2000}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={hintId}
            />
          </label>
        </div>
        <p id={hintId} className="field-hint">
          {t('bookingsImport.feeds.urlHint')}
        </p>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy !== null || room === null}>
            {busy === 'add' ? t('bookingsImport.feeds.refreshing') : t('bookingsImport.feeds.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
