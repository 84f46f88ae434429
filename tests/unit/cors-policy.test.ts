import { describe, expect, it } from 'vitest';
import { ConfigError, corsOriginsFrom } from '../../server/src/config.js';
import { corsHeaders, type CorsRequest } from '../../server/src/http/cors.js';

const CONFIGURED = new Set(['https://writers.example.org']);
const request = (over: Partial<CorsRequest>): CorsRequest => ({
  method: 'GET',
  origin: 'https://elsewhere.example.com',
  hasAuthorization: false,
  requestedHeaders: [],
  ...over,
});

describe('CORS: reads open, curator requests for the configured origins', () => {
  it('lets any origin read, without credentials', () => {
    expect(corsHeaders(request({}), CONFIGURED)).toEqual({ vary: 'Origin', 'access-control-allow-origin': '*' });
    expect(corsHeaders(request({ origin: null }), CONFIGURED)['access-control-allow-origin']).toBe('*');
  });

  it('answers a read preflight with the methods and the JSON content type only', () => {
    const headers = corsHeaders(request({ method: 'OPTIONS', requestedHeaders: ['content-type'] }), CONFIGURED);
    expect(headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
    });
    expect(headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('gives a request with Authorization, or a preflight asking for it, an answer only for a configured origin', () => {
    for (const curator of [
      request({ hasAuthorization: true, method: 'POST' }),
      request({ method: 'OPTIONS', requestedHeaders: ['authorization', 'content-type'] }),
    ]) {
      expect(corsHeaders(curator, CONFIGURED)).toEqual({ vary: 'Origin' });
      expect(corsHeaders({ ...curator, origin: null }, CONFIGURED)).toEqual({ vary: 'Origin' });
      const allowed = corsHeaders({ ...curator, origin: 'https://writers.example.org' }, CONFIGURED);
      expect(allowed['access-control-allow-origin']).toBe('https://writers.example.org');
      expect(allowed['access-control-allow-credentials']).toBeUndefined();
    }
    const preflight = corsHeaders(
      request({ method: 'OPTIONS', origin: 'https://writers.example.org', requestedHeaders: ['authorization'] }),
      CONFIGURED,
    );
    expect(preflight['access-control-allow-headers']).toBe('authorization, content-type');
  });
});

describe('CORS_ORIGINS', () => {
  it('reads a comma-separated list of origins', () => {
    expect(corsOriginsFrom(undefined)).toEqual([]);
    expect(corsOriginsFrom(' https://writers.example.org , http://localhost:5173 ')).toEqual([
      'https://writers.example.org',
      'http://localhost:5173',
    ]);
  });

  it.each([
    '*',
    'writers.example.org',
    'https://writers.example.org/',
    'https://writers.example.org/app',
    'file:///tmp',
  ])('refuses "%s", naming it and saying how to write an origin', (entry) => {
    expect(() => corsOriginsFrom(`https://ok.example.org,${entry}`)).toThrow(ConfigError);
    expect(() => corsOriginsFrom(entry)).toThrow(new RegExp(`"${entry.replace(/[*/.]/g, '\\$&')}" is not an origin`));
  });
});
