import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';

export const QuoteInContextFields = graphql(`
  fragment QuoteInContextFields on Assertion {
    quote {
      exact
      prefix
      suffix
    }
    promotionalCues {
      phrase
      kind
      description
      start
      end
    }
  }
`);

type PromotionalCue = ResultOf<typeof QuoteInContextFields>['promotionalCues'][number];

type Segment = { text: string; cue?: PromotionalCue };

/** Splits the quote at its promotional cues (offsets within the quote; overlapping ones are merged into the first). */
function segments(exact: string, cues: readonly PromotionalCue[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const cue of [...cues].sort((a, b) => a.start - b.start)) {
    const start = Math.max(cue.start, at);
    const end = Math.min(cue.end, exact.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: exact.slice(at, start) });
    out.push({ text: exact.slice(start, end), cue });
    at = end;
  }
  if (at < exact.length) out.push({ text: exact.slice(at) });
  return out;
}

/** The verbatim passage: … prefix, the exact quote highlighted with its promotional cues marked, suffix … */
export function QuoteInContext({ data }: { data: FragmentOf<typeof QuoteInContextFields> }) {
  const { quote, promotionalCues } = readFragment(QuoteInContextFields, data);
  return (
    <blockquote className="quote">
      {quote.prefix && (
        <span className="quote-context">
          <span aria-hidden="true">…</span>
          {quote.prefix}
        </span>
      )}
      <mark className="quote-exact">
        {segments(quote.exact, promotionalCues).map((s, i) =>
          s.cue ? (
            <em key={i} className="cue" title={`Promotional cue: ${s.cue.description}`}>
              <span aria-hidden="true" className="cue-flag">
                ⚑
              </span>
              {s.text}
            </em>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </mark>
      {quote.suffix && (
        <span className="quote-context">
          {quote.suffix}
          <span aria-hidden="true">…</span>
        </span>
      )}
    </blockquote>
  );
}
