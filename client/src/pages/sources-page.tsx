import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SourcesChunk } from '../components/sources-chunk';
import { useDebounced } from '../lib/use-debounced';

/** /sources: every source, a page at a time, or those whose title or publisher holds the words typed (?q=…). */
export function SourcesPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const settled = useDebounced(typed.trim());
  // The pages loaded, for the search they belong to: a new search starts again from the first page.
  const [pages, setPages] = useState<{ query: string; cursors: (string | null)[] }>({ query, cursors: [null] });
  const cursors = pages.query === query ? pages.cursors : [null];

  // Search as one types: the words settle into the URL (replacing the entry), and the list starts again.
  useEffect(() => {
    if (settled === query) return;
    const next = new URLSearchParams(params);
    if (settled) next.set('q', settled);
    else next.delete('q');
    setParams(next, { replace: true });
  }, [settled, query, params, setParams]);

  return (
    <section aria-labelledby="sources-heading">
      <title>Sources — claimgraph</title>
      <h1 id="sources-heading">Sources</h1>
      <form className="filters" role="search" aria-label="Find sources" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-text">
          <label htmlFor={id}>Words in the title or publisher</label>
          <input
            id={id}
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="e.g. dermatology"
          />
        </div>
      </form>
      {cursors.map((after, i) => (
        <SourcesChunk
          key={`${query}\u0000${after ?? 'first'}`}
          text={query || null}
          after={after}
          isLast={i === cursors.length - 1}
          onLoadMore={(cursor) => setPages({ query, cursors: [...cursors, cursor] })}
        />
      ))}
    </section>
  );
}
