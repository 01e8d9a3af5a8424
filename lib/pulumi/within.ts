/** The values of a list sorted by start that lie within a range (binary search for the first). */
import type { Located } from '../rule';

export function within<T extends Located>(sorted: readonly T[], range: Located): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < range.start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < range.end; i++) if (sorted[i].end <= range.end) out.push(sorted[i]);
  return out;
}
