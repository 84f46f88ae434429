import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { claimsPath } from '../lib/links';

/** A search box that opens the claims list filtered by the words typed. */
export function ClaimSearchForm() {
  const navigate = useNavigate();
  const id = useId();
  return (
    <form
      role="search"
      className="home-search"
      onSubmit={(e) => {
        e.preventDefault();
        const text = String(new FormData(e.currentTarget).get('text') ?? '').trim();
        navigate(claimsPath({ text }));
      }}
    >
      <label htmlFor={id}>Search the claims and the quotes behind them</label>
      <span className="search-row">
        <input id={id} name="text" type="search" placeholder="e.g. hair regrowth, collagen, PRP" />
        <button type="submit">Search</button>
      </span>
    </form>
  );
}
