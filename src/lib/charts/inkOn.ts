import { color } from 'd3';
import { textOn } from './palette.ts';

/** Black or white text for any CSS colour d3 can parse (hex, rgb(), named), e.g. the output of palette interpolators; black when unparsable. */
export function inkOn(fill: string): string {
  const c = color(fill);
  return c ? textOn(c.formatHex()) : '#000000';
}
