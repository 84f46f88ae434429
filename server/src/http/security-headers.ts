import type http from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import { GRAPHIQL_ASSETS_PATH } from './graphiql.js';

/** Badges are made to be embedded in other sites' pages (an <img>, or a frame): only they may be. */
export const EMBEDDABLE_PATH = '/badges/';

// The app's own pages: scripts, styles, workers, fonts and data from this server only; no inline script.
const APP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  workerSrc: ["'self'"],
  // helmet's default would upgrade every request to https, which breaks the app served on plain http.
  upgradeInsecureRequests: null,
};

// GraphiQL's editor (Monaco) writes <style> elements and style attributes as it goes: its styles
// must be allowed inline. Its scripts are files (./graphiql.ts), so scripts stay 'self' only.
const GRAPHIQL_DIRECTIVES = { ...APP_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] };

// A badge is an SVG image: it loads nothing and runs nothing; styles inside the SVG are its own.
const BADGE_DIRECTIVES = {
  defaultSrc: ["'none'"],
  imgSrc: ['data:'],
  styleSrc: ["'unsafe-inline'"],
  upgradeInsecureRequests: null,
};

function policy(directives: Record<string, string[] | null>, embeddable: boolean, https: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    // Reads are open to every origin through CORS (./cors.ts); no-cors embedding only for badges.
    crossOriginResourcePolicy: { policy: embeddable ? 'cross-origin' : 'same-origin' },
    xFrameOptions: embeddable ? false : { action: 'deny' },
    // Other sites see where a reader came from, not which claim or curator page.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Only where the app says it is served over https (PUBLIC_URL): on plain http browsers ignore it anyway.
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600 } : false,
  };
}

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The response headers that keep pages from being framed, sniffed or fed foreign scripts: a
 * Content-Security-Policy per kind of response (the app, GraphiQL, badges), X-Content-Type-Options,
 * Referrer-Policy, X-Frame-Options and helmet's other defaults. Set before any route answers.
 */
export function securityHeaders(
  publicUrl: string | null,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const https = publicUrl?.startsWith('https://') ?? false;
  const app: Middleware = helmet(policy(APP_DIRECTIVES, false, https));
  const graphiql: Middleware = helmet(policy(GRAPHIQL_DIRECTIVES, false, https));
  const badge: Middleware = helmet(policy(BADGE_DIRECTIVES, true, https));
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const middleware = path.startsWith(EMBEDDABLE_PATH)
      ? badge
      : path === '/graphql' || path.startsWith(GRAPHIQL_ASSETS_PATH)
        ? graphiql
        : app;
    middleware(req, res, (error) => {
      if (error) throw error;
    });
  };
}
