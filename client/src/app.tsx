import { Link, Route, Routes } from 'react-router-dom';
import { SourcesPage } from './pages/sources-page';

export function App() {
  return (
    <>
      <header className="site-header">
        <Link to="/" className="brand">claimgraph</Link>
        <nav aria-label="Main">
          <Link to="/sources">Sources</Link>
        </nav>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<SourcesPage />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="*" element={<p>There is no page here.</p>} />
        </Routes>
      </main>
    </>
  );
}
