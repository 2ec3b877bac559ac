import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvMapping } from '../../../../shared/domain/booking-import';
import {
  CSV_FIELDS,
  PRESETS,
  presetById,
  presetColumns,
  genericColumns,
  PresetIdSchema,
  type CsvFieldName,
  type PresetId,
} from '../../../../shared/domain/import-presets';

const DATE_FORMATS = ['auto', 'DMY', 'MDY', 'YMD'] as const;

/**
 * The import's column mapping, guessed by the desk and shown for the manager to confirm or
 * correct: which tool the file comes from, which column holds each field, how dates are written.
 * Every change asks the core for a new preview; the mapping that is imported is remembered for the source.
 */
export function CsvMappingStep({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: string[];
  mapping: CsvMapping;
  disabled: boolean;
  onChange: (m: CsvMapping) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const setPreset = (preset: PresetId): void => {
    const p = presetById(preset);
    onChange({ ...mapping, preset, columns: p ? presetColumns(p, headers) : genericColumns(headers), dateFormat: p?.dateFormat ?? 'auto' });
  };
  const setColumn = (field: CsvFieldName, header: string): void => {
    const columns = { ...mapping.columns };
    // One column feeds one field: taking it for this field frees it from another.
    for (const f of CSV_FIELDS) if (columns[f] === header) delete columns[f];
    if (header) columns[field] = header;
    else delete columns[field];
    onChange({ ...mapping, columns });
  };
  return (
    <fieldset className="csv-mapping" data-testid="csv-mapping" disabled={disabled}>
      <legend>{t('bookingsImport.mapping.heading')}</legend>
      <p className="muted csv-mapping-intro">{t('bookingsImport.mapping.intro')}</p>
      <div className="csv-mapping-top">
        <div className="field">
          <label htmlFor={`${id}-preset`}>{t('bookingsImport.mapping.preset')}</label>
          <select id={`${id}-preset`} value={mapping.preset} onChange={(e) => setPreset(PresetIdSchema.parse(e.target.value))}>
            <option value="generic">{t('bookingsImport.mapping.generic')}</option>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dates`}>{t('bookingsImport.mapping.dates')}</label>
          <select
            id={`${id}-dates`}
            value={mapping.dateFormat}
            onChange={(e) => onChange({ ...mapping, dateFormat: DATE_FORMATS.find((d) => d === e.target.value) ?? 'auto' })}
          >
            {DATE_FORMATS.map((d) => (
              <option key={d} value={d}>
                {t(`bookingsImport.mapping.dateFormats.${d}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="csv-mapping-grid" role="group" aria-labelledby={`${id}-cols`}>
        <span id={`${id}-cols`} className="bookings-vh">
          {t('bookingsImport.mapping.columns')}
        </span>
        {CSV_FIELDS.map((field) => (
          // The label names the select on its own (a wrapping label would add the chosen option to its name).
          <div key={field} className="field csv-mapping-field" data-field={field}>
            <label htmlFor={`${id}-${field}`}>{t(`bookingsImport.mapping.fields.${field}`)}</label>
            <select id={`${id}-${field}`} value={mapping.columns[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)}>
              <option value="">{t('bookingsImport.mapping.none')}</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
