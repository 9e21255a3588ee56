/** A short number for a small cell: 1.2K / 3.4M (en) or 1.2万 (zh); "—" when not finite. */
export function compactNumber(value: number, locale: 'zh' | 'en'): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * One number style for all the ticks of an axis whose largest absolute value is `max`: in Chinese the
 * unit of the largest tick for every tick (0.6万, 1万, 1.5万 rather than 6000 next to 1万); in English
 * the compact style (500, 1.5K, 2M), whose units already read as one style.
 */
export function axisNumber(max: number, locale: 'zh' | 'en'): (value: number) => string {
  if (locale === 'en') return (value) => compactNumber(value, 'en');
  const m = Math.abs(max);
  const unit = m >= 1e8 ? { size: 1e8, name: '亿' } : m >= 1e4 ? { size: 1e4, name: '万' } : null;
  const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  return (value) => {
    if (!Number.isFinite(value)) return '—';
    if (!unit || value === 0) return plain.format(value);
    return `${plain.format(value / unit.size)}${unit.name}`;
  };
}
