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
        <Link to="/" className="brand">
          claimgraph
        </Link>
        <nav aria-label="Main">
          <NavLink to="/claims">Claims</NavLink>
          <NavLink to="/matrix">Matrix</NavLink>
          <NavLink to="/compare">Compare</NavLink>
          <NavLink to="/graph">Graph</NavLink>
          <NavLink to="/sources">Sources</NavLink>
          <NavLink to="/review">Review</NavLink>
        </nav>
        <CuratorControl />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/claims" element={<ClaimsPage />} />
          <Route path="/claims/:slug" element={<ClaimPage />} />
          <Route path="/matrix" element={<MatrixPage />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="/sources/:slug" element={<SourcePage />} />
          <Route path="/compare" element={<ComparePage />} />
          <Route path="/graph" element={<GraphPage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/review/:id" element={<ReviewSourcePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
