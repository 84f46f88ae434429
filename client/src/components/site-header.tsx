import { useId, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { PAGES, claimsPath } from '../lib/links';
import { CuratorControl } from './curator-control';

const MENU = [
  [PAGES.claims, 'Claims'],
  [PAGES.matrix, 'Matrix'],
  [PAGES.compare, 'Compare'],
  [PAGES.graph, 'Graph'],
  [PAGES.sources, 'Sources'],
  [PAGES.review, 'Review'],
] as const;

/**
 * The header of every page: the brand, a search of the claims (it opens the claims list with the
 * words), the pages, and the curator's sign-in. On a narrow screen the pages and the sign-in fold
 * into a menu behind a disclosure button, and the search stays in view.
 */
export function SiteHeader() {
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // The menu is open on the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const menuId = `${id}-menu`;
  return (
    <header className="site-header">
      <Link to={PAGES.home} className="brand">
        claimgraph
      </Link>
      <form
        role="search"
        className="header-search"
        aria-label="Search claims"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const text = String(new FormData(form).get('text') ?? '').trim();
          navigate(claimsPath({ text: text || undefined }));
          form.reset();
        }}
      >
        <input
          name="text"
          type="search"
          aria-label="Search claims and quotes"
          placeholder="Search claims…"
          enterKeyHint="search"
        />
        <button type="submit">Search</button>
      </form>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span aria-hidden="true">{open ? '✕' : '☰'} </span>Menu
      </button>
      <div id={menuId} className={`site-menu${open ? ' is-open' : ''}`}>
        <nav aria-label="Main">
          {MENU.map(([to, label]) => (
            <NavLink key={to} to={to}>
              {label}
            </NavLink>
          ))}
        </nav>
        <CuratorControl />
      </div>
    </header>
  );
}
