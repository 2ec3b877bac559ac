import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { CsvSection } from './CsvSection';
import { FeedsSection } from './FeedsSection';
import './bookings-import.css';

type Part = 'feeds' | 'csv';

/**
 * Where bookings come from besides the desk itself (docs/product.md "Bookings flow in"): the rooms' iCal feeds
 * and CSV files. Any signed-in clerk may use it (the core's policy leaves feed:* and import:* to
 * staff); the core checks every request.
 */
export function BookingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [part, setPart] = useState<Part>('feeds');
  return (
    <Dialog open={open} title={t('bookingsImport.title')} onClose={onClose} wide>
      <div className="bookings-parts" role="group" aria-label={t('bookingsImport.parts')}>
        {(['feeds', 'csv'] as const).map((p) => (
          <button key={p} type="button" className="btn btn-secondary" aria-pressed={part === p} onClick={() => setPart(p)}>
            {t(p === 'feeds' ? 'bookingsImport.feedsTab' : 'bookingsImport.csvTab')}
          </button>
        ))}
      </div>
      {part === 'feeds' ? <FeedsSection /> : <CsvSection />}
    </Dialog>
  );
}

/** The top-bar entry: "Bookings". */
export function BookingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-topbar" onClick={() => setOpen(true)}>
        {t('bookingsImport.open')}
      </button>
      <BookingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
