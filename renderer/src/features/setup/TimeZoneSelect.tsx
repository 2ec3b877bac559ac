import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Every IANA zone the runtime knows, by region ("Europe", "America"…), each with its offset now. */
function zonesByRegion(nowMs: number): Map<string, { zone: string; label: string }[]> {
  const zones = Intl.supportedValuesOf('timeZone');
  const regions = new Map<string, { zone: string; label: string }[]>();
  for (const zone of zones) {
    const slash = zone.indexOf('/');
    const region = slash > 0 ? zone.slice(0, slash) : 'Etc';
    const place = (slash > 0 ? zone.slice(slash + 1) : zone).replaceAll('_', ' ').replaceAll('/', ' / ');
    const offset =
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(nowMs)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    regions.set(region, [...(regions.get(region) ?? []), { zone, label: `${place} (${offset.replace('GMT', 'UTC') || 'UTC'})` }]);
  }
  return regions;
}

/**
 * The property's time zone chosen from the IANA list (what the core accepts), grouped by region,
 * never typed: a mistyped zone would move every card window by hours.
 */
export function TimeZoneSelect({ value, onChange, nowMs }: { value: string; onChange: (zone: string) => void; nowMs: number }) {
  const { t } = useTranslation();
  const regions = useMemo(() => zonesByRegion(nowMs), [nowMs]);
  const known = [...regions.values()].some((list) => list.some((z) => z.zone === value));
  return (
    <label>
      {t('setup.property.timeZone')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && (
          <option value={value} lang="en">
            {value}
          </option>
        )}
        {[...regions.entries()].map(([region, list]) => (
          // IANA names ("Europe/Madrid", "America/Port_of_Spain") are identifiers, the same in every language.
          <optgroup key={region} label={region} lang="en">
            {list.map((z) => (
              <option key={z.zone} value={z.zone}>
                {z.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
