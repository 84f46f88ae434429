import { useEffect } from 'react';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { ClaimPage } from './pages/claim-page';
import { ClaimsPage } from './pages/claims-page';
import { ComparePage } from './pages/compare-page';
import { GraphPage } from './pages/graph-page';
import { HomePage } from './pages/home-page';
import { MatrixPage } from './pages/matrix-page';
import { NotFoundPage } from './pages/not-found-page';
import { ReviewPage } from './pages/review-page';
import { ReviewSourcePage } from './pages/review-source-page';
import { SourcePage } from './pages/source-page';
import { SourcesPage } from './pages/sources-page';
import { CuratorControl } from './components/curator-control';
import { PAGES, ROUTES } from './lib/links';

export function App() {
  const { pathname, hash } = useLocation();
  // A new page starts at its top unless the address names a place in it.
  useEffect(() => {
    if (!hash) window.scrollTo(0, 0);
  }, [pathname, hash]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={PAGES.home} className="brand">
          claimgraph
        </Link>
        <nav aria-label="Main">
          <NavLink to={PAGES.claims}>Claims</NavLink>
          <NavLink to={PAGES.matrix}>Matrix</NavLink>
          <NavLink to={PAGES.compare}>Compare</NavLink>
          <NavLink to={PAGES.graph}>Graph</NavLink>
          <NavLink to={PAGES.sources}>Sources</NavLink>
          <NavLink to={PAGES.review}>Review</NavLink>
        </nav>
        <CuratorControl />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path={PAGES.home} element={<HomePage />} />
          <Route path={PAGES.claims} element={<ClaimsPage />} />
          <Route path={ROUTES.claim} element={<ClaimPage />} />
          <Route path={PAGES.matrix} element={<MatrixPage />} />
          <Route path={PAGES.sources} element={<SourcesPage />} />
          <Route path={ROUTES.source} element={<SourcePage />} />
          <Route path={PAGES.compare} element={<ComparePage />} />
          <Route path={PAGES.graph} element={<GraphPage />} />
          <Route path={PAGES.review} element={<ReviewPage />} />
          <Route path={ROUTES.reviewSource} element={<ReviewSourcePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
