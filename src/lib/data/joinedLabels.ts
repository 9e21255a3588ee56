/**
 * A dictionary chunk as stored since imports write it so: its labels as one string and where each ends (UTF-16
 * offsets; label i is `joined.slice(ends[i - 1] ?? 0, ends[i])`). One string and one typed array are written and read
 * as two values, where an array of labels is one value per label: the 713,840 order ids of the 2,000,000-row file
 * took 168 ms of the import worker to store as strings (IndexedDB's structured clone), the most of the import's last
 * steps. Chunks stored as arrays of labels (earlier imports, built-in tables) are read as they are.
 */
export interface JoinedLabels {
  joined: string;
  ends: Int32Array;
}

export function isJoinedLabels(value: unknown): value is JoinedLabels {
  return typeof value === 'object' && value !== null && 'joined' in value && 'ends' in value;
}

export function joinLabels(labels: readonly string[]): JoinedLabels {
  const ends = new Int32Array(labels.length);
  let at = 0;
  for (let i = 0; i < labels.length; i++) ends[i] = at += labels[i].length;
  return { joined: labels.join(''), ends };
}

export function splitLabels({ joined, ends }: JoinedLabels): string[] {
  if (ends.length > 0 && ends[ends.length - 1] !== joined.length) throw new RangeError(`a dictionary chunk ends at ${ends[ends.length - 1]} of ${joined.length} characters`);
  const labels = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i];
    if (end < start) throw new RangeError(`a dictionary chunk's label ${i} ends before it starts`);
    labels[i] = joined.slice(start, end);
    start = end;
  }
  return labels;
}
