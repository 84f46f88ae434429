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
import { PAGES, ROUTES } from './lib/links';

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
          <Route path={PAGES.home} element={<HomePage />} />
          <Route path={PAGES.claims} element={<ClaimsPage />} />
          <Route path={ROUTES.claim} element={<ClaimPage />} />
          <Route path={PAGES.matrix} element={<MatrixPage />} />
          <Route path={PAGES.sources} element={<SourcesPage />} />
          <Route path={ROUTES.source} element={<SourcePage />} />
          <Route path={PAGES.compare} element={<ComparePage />} />
          <Route
            path={PAGES.graph}
            element={
              <Suspense fallback={<LoadingNotice>Loading the graph…</LoadingNotice>}>
                <GraphPage />
              </Suspense>
            }
          />
          <Route path={PAGES.review} element={<ReviewPage />} />
          <Route path={ROUTES.reviewSource} element={<ReviewSourcePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}
