import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { ClaimPage } from './pages/claim-page';
import { ClaimsPage } from './pages/claims-page';
import { ComparePage } from './pages/compare-page';
import { HomePage } from './pages/home-page';
import { MatrixPage } from './pages/matrix-page';
import { NotFoundPage } from './pages/not-found-page';
import { ReviewPage } from './pages/review-page';
import { ReviewSourcePage } from './pages/review-source-page';
import { SourcePage } from './pages/source-page';
import { SourcesPage } from './pages/sources-page';
import { LoadingNotice } from './components/loading-notice';
import { SiteHeader } from './components/site-header';

// The graph library is the largest part of the client: it loads with the graph page only.
const GraphPage = lazy(() => import('./pages/graph-page').then((module) => ({ default: module.GraphPage })));

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
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/claims" element={<ClaimsPage />} />
          <Route path="/claims/:slug" element={<ClaimPage />} />
          <Route path="/matrix" element={<MatrixPage />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="/sources/:slug" element={<SourcePage />} />
          <Route path="/compare" element={<ComparePage />} />
          <Route
            path="/graph"
            element={
              <Suspense fallback={<LoadingNotice>Loading the graph…</LoadingNotice>}>
                <GraphPage />
              </Suspense>
            }
          />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/review/:id" element={<ReviewSourcePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
