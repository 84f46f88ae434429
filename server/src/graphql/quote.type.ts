import type { Quote } from '../domain/types.js';
import { builder } from './builder.js';

export const QuoteRef = builder.objectRef<Quote>('Quote').implement({
  description:
    'A verbatim passage: W3C TextPositionSelector (start, end; UTF-16 offsets, end exclusive) and TextQuoteSelector (exact, prefix, suffix).',
  fields: (t) => ({
    exact: t.exposeString('exact'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    prefix: t.exposeString('prefix', { description: 'Up to 32 characters of the source before the quote.' }),
    suffix: t.exposeString('suffix', { description: 'Up to 32 characters of the source after the quote.' }),
  }),
});
