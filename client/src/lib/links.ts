import { assertionElementId } from './anchors';

/**
 * Every address of a page in the app, built in one place: the routes (app.tsx) and every link
 * read their shape from here, and every slug is encoded the same way.
 */
export const PAGES = {
  home: '/',
  claims: '/claims',
  matrix: '/matrix',
  compare: '/compare',
  graph: '/graph',
  sources: '/sources',
  review: '/review',
} as const;

/** The routes' patterns, for react-router; each has its builder below. */
export const ROUTES = {
  claim: `${PAGES.claims}/:slug`,
  source: `${PAGES.sources}/:slug`,
  reviewSource: `${PAGES.review}/:id`,
} as const;

const withParams = (path: string, params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return search ? `${path}?${search}` : path;
};

/** The claims list's URL parameters (its filters and sort order live in the URL). */
export interface ClaimsListParams {
  text?: string;
  topic?: string;
  status?: string;
  grade?: string;
  conflict?: string;
  sort?: string;
}

export const claimsPath = (params: ClaimsListParams = {}): string =>
  withParams(PAGES.claims, params as Record<string, string | undefined>);

export const claimPath = (slug: string): string => `${PAGES.claims}/${encodeURIComponent(slug)}`;

/** A passage on its claim's page: the same fragment the server's permalinks end with. */
export const assertionPath = (claimSlug: string, assertionId: string): string =>
  `${claimPath(claimSlug)}#${encodeURIComponent(assertionElementId(assertionId))}`;

export const sourcePath = (slug: string): string => `${PAGES.sources}/${encodeURIComponent(slug)}`;

/** A source's proposals waiting for review. */
export const reviewPath = (sourceSlug: string): string => `${PAGES.review}/${encodeURIComponent(sourceSlug)}`;
