import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-heading">
      <title>Not found — claimgraph</title>
      <h1 id="not-found-heading">There is no page here.</h1>
      <p>
        Try the <Link to="/claims">claims</Link>, the <Link to="/matrix">matrix</Link> or the{' '}
        <Link to="/sources">sources</Link>.
      </p>
    </section>
  );
}
