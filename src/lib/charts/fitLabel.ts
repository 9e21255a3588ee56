const wide = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Estimated width in pixels of a text at a font size (CJK and full-width characters count as one em, others 0.6). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += wide.test(ch) ? fontSize : 0.6 * fontSize;
  return w;
}

/**
 * Splits a label into at most `maxLines` lines that fit `width` pixels (at word breaks; CJK text between any
 * characters; a single Latin word is not split); the last line is shortened with an ellipsis when the text still does not fit.
 */
export function fitLabel(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  if (!(width > 0) || !(fontSize > 0) || !(maxLines >= 1)) throw new RangeError(`invalid label box: ${width}×${fontSize}, ${maxLines} lines`);
  const trimmed = text.trim();
  if (textWidth(trimmed, fontSize) <= width) return trimmed ? [trimmed] : [];
  const tokens = /\s/.test(trimmed) ? trimmed.split(/\s+/) : wide.test(trimmed) ? [...trimmed] : [trimmed];
  const joiner = /\s/.test(trimmed) ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line ? line + joiner + token : token;
    if (textWidth(next, fontSize) <= width || !line) line = next;
    else {
      lines.push(line);
      line = token;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && lines.every((l) => textWidth(l, fontSize) <= width)) return lines;
  const n = Math.min(maxLines, lines.length);
  const kept = lines.slice(0, n);
  let last = lines.slice(n - 1).join(joiner);
  while (last.length > 1 && textWidth(last + '…', fontSize) > width) last = [...last].slice(0, -1).join('');
  kept[n - 1] = last + '…';
  return kept;
}
