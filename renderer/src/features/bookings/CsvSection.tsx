import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, type CsvMapping, type CsvPreview, type ImportCounts as Counts } from '../../../../shared/domain/booking-import';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';
import { readFileBase64 } from './file-base64';
import { ImportCounts } from './ImportCounts';
import { CsvRows } from './CsvRows';
import { CsvMappingStep } from './CsvMappingStep';

type Picked = { fileName: string; dataBase64: string };

/**
 * CSV import: check the file (a preview that writes nothing), read the per-row report, then import
 * it whole. The core refuses a commit with any error; the button says so before the clerk tries.
 */
export function CsvSection() {
  const { t } = useTranslation();
  const previewCsv = useDesk((s) => s.previewCsv);
  const commitCsv = useDesk((s) => s.commitCsv);
  const [source, setSource] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ file: string; counts: Counts } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sourceHint = useId();
  const blockedId = useId();
  const fileLabel = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  // What the manager confirmed or corrected; null: the core's own choice (remembered or guessed).
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [leaveOut, setLeaveOut] = useState(false);

  const choose = async (file: File | undefined): Promise<void> => {
    setPreview(null);
    setDone(null);
    setProblem(null);
    setPicked(null);
    setMapping(null);
    setLeaveOut(false);
    setChosen(file?.name ?? null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setProblem(t('bookingsImport.csv.tooBig', { max: MAX_IMPORT_BYTES / (1024 * 1024) }));
    try {
      setPicked({ fileName: file.name.slice(0, 260), dataBase64: await readFileBase64(file) });
    } catch {
      setProblem(t('bookingsImport.csv.unreadable'));
    }
  };

  const check = async (m: CsvMapping | null = mapping): Promise<void> => {
    setDone(null);
    if (!picked) return setProblem(t('bookingsImport.csv.chooseFile'));
    setBusy('preview');
    setProblem(null);
    const r = await previewCsv(source, picked, m);
    setBusy(null);
    setLeaveOut(false);
    if (r.ok) setPreview(r.value);
    else {
      setPreview(null);
      setProblem(words(r.msg));
    }
  };

  const remap = (m: CsvMapping): void => {
    setMapping(m);
    void check(m);
  };

  const commit = async (): Promise<void> => {
    if (!picked || !preview) return;
    setBusy('import');
    // The mapping the preview showed is the one imported (and remembered for the source).
    const r = await commitCsv(preview, picked, leaveOut);
    setBusy(null);
    if (!r.ok) return setProblem(words(r.msg));
    setDone({ file: picked.fileName, counts: r.value });
    setPreview(null);
    setPicked(null);
    setChosen(null);
    setMapping(null);
    setLeaveOut(false);
    if (fileInput.current) fileInput.current.value = '';
  };

  const changes = preview ? preview.counts.create + preview.counts.update + preview.counts.cancel : 0;
  const blocked = !preview
    ? null
    : preview.fileErrors.length > 0
      ? t('bookingsImport.csv.blockedFile')
      : preview.counts.error > 0 && !leaveOut
        ? t('bookingsImport.csv.blockedRows', { count: preview.counts.error })
        : changes === 0
          ? t('bookingsImport.csv.nothingNew')
          : null;

  return (
    <section className="bookings-part" aria-labelledby="csv-heading">
      <h3 id="csv-heading">{t('bookingsImport.csv.heading')}</h3>
      <p className="muted">{t('bookingsImport.csv.intro')}</p>
      <form
        className="csv-pick"
        aria-labelledby="csv-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label className="field">
          {t('bookingsImport.csv.source')}
          <input
            value={source}
            onChange={(e) => {
              setSource(e.target.value);
              setPreview(null);
              setMapping(null);
            }}
            required
            maxLength={60}
            autoComplete="off"
            placeholder={t('bookingsImport.csv.sourcePlaceholder')}
            aria-describedby={sourceHint}
          />
        </label>
        {/* The browser's own file button speaks the PC's language, not the clerk's: it stays in the
            label (keyboard focus, Enter and Space open the picker) but out of sight. Emptied on each
            click so choosing the same file again, corrected, reads it again. */}
        <div className="field">
          <span id={fileLabel}>{t('bookingsImport.csv.file')}</span>
          <label className="csv-file">
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              className="bookings-vh"
              aria-labelledby={fileLabel}
              aria-describedby={`${fileLabel}-name`}
              onClick={(e) => (e.currentTarget.value = '')}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
            <span className="csv-file-button" aria-hidden="true">
              {t('bookingsImport.csv.chooseButton')}
            </span>
            <span id={`${fileLabel}-name`} className="csv-file-name">
              {chosen ?? t('bookingsImport.csv.noFile')}
            </span>
          </label>
        </div>
        <div className="form-actions csv-check">
          <button type="submit" className="btn btn-secondary" disabled={busy !== null}>
            {busy === 'preview' ? t('bookingsImport.csv.checking') : t('bookingsImport.csv.preview')}
          </button>
        </div>
      </form>
      <p id={sourceHint} className="field-hint">
        {t('bookingsImport.csv.sourceHint')}
      </p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {done && (
        <div className="import-said" role="status" data-testid="csv-done">
          <p>{t('bookingsImport.csv.imported', { file: done.file })}</p>
          <ImportCounts counts={done.counts} />
        </div>
      )}
      {preview && picked && (
        <div className="csv-preview" data-testid="csv-preview">
          <p className="muted">
            {t('bookingsImport.csv.summary', {
              file: picked.fileName,
              rows: Object.values(preview.counts).reduce((a, b) => a + b, 0),
              headers: preview.headers.join(', '),
            })}
          </p>
          <ImportCounts counts={preview.counts} />
          {preview.fileErrors.length > 0 && (
            <div className="notice notice-error" role="alert">
              <strong>{t('bookingsImport.csv.fileErrors')}</strong>
              <ul className="import-list">
                {preview.fileErrors.map((e, i) => (
                  <li key={i}>{words(e)}</li>
                ))}
              </ul>
            </div>
          )}
          <CsvMappingStep headers={preview.headers} mapping={preview.mapping} disabled={busy !== null} onChange={remap} />
          {preview.warnings.length > 0 && (
            <div className="import-warnings">
              <strong>{t('bookingsImport.csv.warnings')}</strong>
              <ul className="import-list">
                {preview.warnings.map((w, i) => (
                  <li key={i}>{words(w)}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.fileErrors.length === 0 && preview.counts.error > 0 && (
            <label className="csv-leave-out">
              <input type="checkbox" checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} />
              {t('bookingsImport.mapping.leaveOut', { count: preview.counts.error })}
            </label>
          )}
          <div className="form-actions csv-commit">
            <button
              type="button"
              className="btn btn-primary"
              disabled={blocked !== null || busy !== null}
              aria-describedby={blocked ? blockedId : undefined}
              onClick={() => void commit()}
            >
              {busy === 'import' ? t('bookingsImport.csv.importing') : t('bookingsImport.csv.import', { count: changes })}
            </button>
            {blocked && (
              <p id={blockedId} className="csv-blocked" data-testid="csv-blocked">
                {blocked}
              </p>
            )}
          </div>
          {preview.rows.length > 0 && <CsvRows rows={preview.rows} />}
        </div>
      )}
    </section>
  );
}
