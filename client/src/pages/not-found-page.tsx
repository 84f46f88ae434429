import { Link } from 'react-router-dom';
import { PAGES } from '../lib/links';

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-heading">
      <title>Not found — claimgraph</title>
      <h1 id="not-found-heading">There is no page here.</h1>
      <p>
        Try the <Link to={PAGES.claims}>claims</Link>, the <Link to={PAGES.matrix}>matrix</Link> or the{' '}
        <Link to={PAGES.sources}>sources</Link>.
      </p>
    </section>
  );
}
