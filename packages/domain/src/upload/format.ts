/**
 * Numbers in upload messages, per language: sizes in binary units named as people know them
 * (10 MB = 10 × 1024 × 1024 bytes, which is at least as much as any system shows as "10 MB"),
 * megapixels, and the list of accepted types ("JPG, PNG, HEIC oder PDF").
 */
import { ACCEPTED_KINDS, type AcceptedKind } from './sniff.js';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** `10485760` → "10 MB"; `1572864` → de "1,5 MB", en "1.5 MB"; `500` → "500 Byte" / "500 bytes". */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  }).format(value);
}

/** Pixels as megapixels: `50000000` → "50"; `12192768` → de "12,2", en "12.2". */
export function formatMegapixels(pixels: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(pixels / 1e6);
}

/** How each kind is named to users. HEIC and HEIF are one name. */
export const KIND_LABEL: Readonly<Record<AcceptedKind, string>> = {
  jpeg: 'JPG',
  png: 'PNG',
  heic: 'HEIC',
  heif: 'HEIC',
  pdf: 'PDF',
};

/** Accepted kinds as a message parameter: `'jpeg,png,heic,pdf'` (the order is ACCEPTED_KINDS'). */
export function kindsParam(kinds: readonly AcceptedKind[]): string {
  return ACCEPTED_KINDS.filter((k) => kinds.includes(k)).join(',');
}

/** `'jpeg,png,heic,heif,pdf'` → de "JPG, PNG, HEIC oder PDF", en "JPG, PNG, HEIC or PDF". */
export function formatKinds(param: string | number, locale: string): string {
  const labels = [
    ...new Set(
      String(param)
        .split(',')
        .map((k) => KIND_LABEL[k as AcceptedKind] ?? k.toUpperCase()),
    ),
  ];
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(labels);
}
