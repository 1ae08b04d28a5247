// Range lookups over spans sorted by start offset, in logarithmic time: long articles have
// thousands of mentions, and linear scans per mention would make extraction quadratic.

/** The index of the first span whose start is >= offset. */
export function lowerBound<T extends { start: number }>(spans: readonly T[], offset: number): number {
  let lo = 0,
    hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans starting in [from, to). */
export function startingIn<T extends { start: number }>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(spans, from); i < spans.length && spans[i]!.start < to; i++) out.push(spans[i]!);
  return out;
}

/** The span (of non-overlapping spans) that contains an offset. */
export function containing<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const i = lowerBound(spans, offset + 1) - 1;
  const s = spans[i];
  return s && offset >= s.start && offset < s.end ? s : undefined;
}

/**
 * The offset just after the last of `stops` (single characters) before `at`, looking back at most
 * `limit` characters (then `at - limit`): a bounded look-back, so that a long text without any
 * stop does not cost every mention the whole text.
 */
export function startAfterLast(text: string, stops: string, at: number, limit: number): number {
  const floor = Math.max(0, at - limit);
  for (let i = at - 1; i >= floor; i--) if (stops.includes(text.charAt(i))) return i + 1;
  return floor;
}

/** The offset of the first of `stops` at or after `from`, looking at most `limit` characters ahead (then `from + limit`, or the text's end). */
export function endBeforeNext(text: string, stops: string, from: number, limit: number): number {
  const ceiling = Math.min(text.length, from + limit);
  for (let i = from; i < ceiling; i++) if (stops.includes(text.charAt(i))) return i;
  return ceiling;
}
