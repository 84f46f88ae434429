/** A passage of a text by its UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Segment<T extends Span> extends Span {
  /** The spans covering the whole segment, innermost (shortest) first. */
  covering: T[];
}

/**
 * Splits [0, length) at every span boundary, so overlapping spans become runs of segments, each
 * knowing every span that covers it. Spans outside the text are clipped; empty ones are dropped.
 */
export function segmentText<T extends Span>(length: number, spans: readonly T[]): Segment<T>[] {
  const clipped = spans.filter((s) => s.end > s.start && s.start < length && s.end > 0);
  const cuts = new Set<number>([0, length]);
  for (const s of clipped) {
    cuts.add(Math.max(0, s.start));
    cuts.add(Math.min(length, s.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covering = clipped
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, covering });
  }
  return out;
}

/**
 * The offset in the full text of a DOM position inside a container whose text is split into
 * elements carrying `data-start` (each holding one text node). Null outside such elements.
 */
export function textOffset(container: Element, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest('[data-start]');
    if (!holder || !container.contains(holder)) return null;
    return Number(holder.getAttribute('data-start')) + offset;
  }
  const element = node as Element;
  const own = element.closest('[data-start]');
  if (own && container.contains(own))
    return Number(own.getAttribute('data-start')) + (offset > 0 ? (own.textContent ?? '').length : 0);
  // A position between children: the start of the next segment, or the end of the previous one.
  const after = element.childNodes[offset];
  const next =
    after instanceof Element ? (after.matches('[data-start]') ? after : after.querySelector('[data-start]')) : null;
  if (next) return Number(next.getAttribute('data-start'));
  const before = element.childNodes[offset - 1];
  const all =
    before instanceof Element
      ? [before, ...before.querySelectorAll('[data-start]')].filter((e) => e.matches('[data-start]'))
      : [];
  const last = all[all.length - 1];
  return last ? Number(last.getAttribute('data-start')) + (last.textContent ?? '').length : null;
}
