import { checkMapping } from '../../lib/import/checkMapping.ts';
import { guessMapping, validateMapping } from '../../lib/import/mapping.ts';

let done = false;

/**
 * Runs the checks the preview runs on the page (MappingEditor) once, on a file of two rows, so that their code is
 * compiled before a file is chosen: cold, the preview's first drawing and its check were main-thread tasks of
 * 40-90 ms on Online Retail.
 */
export function warmUpPreview() {
  if (done) return;
  done = true;
  const headers = ['customer', 'order', 'date', 'amount'];
  const rows = [
    ['A', '1', '2024-01-31', '3.5'],
    ['B', '2', '2024-02-01', '4']
  ];
  const checked = validateMapping(guessMapping(headers, rows), headers);
  if (checked.ok) checkMapping(checked.mapping, headers, rows);
}
