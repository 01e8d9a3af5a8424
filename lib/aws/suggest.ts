/**
 * "Did you mean": the closest names by edit distance, as the schema rules'
 * messages offer them.
 */
import { distance } from 'fastest-levenshtein';

/** Up to `count` candidates within a third of the name's length (at least 2 edits), closest first. */
export function closest(name: string, candidates: Iterable<string>, count = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const score = distance(lower, candidate.toLowerCase());
    if (score <= limit) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((s) => s.candidate);
}

/** 'did you mean `a`, `b`?' or the fallback */
export function didYouMean(names: string[], fallback: string): string {
  return names.length > 0 ? `did you mean ${names.map((n) => `\`${n}\``).join(', ')}?` : fallback;
}
