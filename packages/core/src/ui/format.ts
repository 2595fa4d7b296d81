const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

// Intl.NumberFormat instances are costly to create and a progress row formats several times a second.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, unit: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${unit}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    // Short units read well (`1.5 MB`, `3 min`) except bytes, whose short form is `byte`: `999 bytes`.
    const unitDisplay = unit === 'byte' ? 'long' : 'short';
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

function scaled(bytes: number): [value: number, unit: number] {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return [value, unit];
}

/**
 * A byte count for people, in decimal units like file managers: `1.5 MB` (`1,5 Mo` in French). A dash when the
 * count is unknown or negative.
 *
 * @example
 * formatBytes(1_500_000) // '1.5 MB'
 */
export function formatBytes(bytes: number, locale?: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  const [value, unit] = scaled(bytes);
  return numberFormat(locale, BYTE_UNITS[unit]!, unit === 0 || value >= 10 ? 0 : 1).format(value);
}

/** A transfer rate for people: `2.4 MB/s`; a dash until there is a measurement. */
export function formatSpeed(bytesPerSecond: number | undefined, locale?: string): string {
  if (!bytesPerSecond || !(bytesPerSecond > 0) || !Number.isFinite(bytesPerSecond)) return '–';
  const [value, unit] = scaled(bytesPerSecond);
  return numberFormat(locale, `${BYTE_UNITS[unit]}-per-second`, unit === 0 || value >= 10 ? 0 : 1).format(value);
}

/** A time left for people: `42 sec`, `3 min`, `1 hr, 5 min`; a dash when unknown. */
export function formatDuration(seconds: number | undefined, locale?: string): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 60) return numberFormat(locale, 'second', 0).format(Math.ceil(seconds));
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return numberFormat(locale, 'minute', 0).format(minutes);
  const hours = numberFormat(locale, 'hour', 0).format(Math.floor(minutes / 60));
  return minutes % 60 ? `${hours} ${numberFormat(locale, 'minute', 0).format(minutes % 60)}` : hours;
}
