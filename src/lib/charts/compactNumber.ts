/** A short number for a small cell: 1.2K / 3.4M (en) or 1.2万 (zh); "—" when not finite. */
export function compactNumber(value: number, locale: 'zh' | 'en'): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
