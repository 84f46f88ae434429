import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QUERY_LIMITS } from '../graphql/limits.js';

/** The most bytes a GraphQL request body may hold: more for a multipart upload, which carries a document. */
export function bodyLimitOf(contentType: string | null | undefined): number {
  return /^multipart\/form-data/i.test(contentType ?? '') ? QUERY_LIMITS.maxUploadBodyBytes : QUERY_LIMITS.maxBodyBytes;
}

export const bodyTooLarge = (limit: number) =>
  new GraphQLError(`request body over ${limit} bytes`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });

/**
 * The body limit for a request that does not declare its length (chunked), counted as it streams.
 * One that declares it is refused over the limit before yoga sees it (http.ts), and Node's parser
 * never reads past a declared length, so those are not counted again: yoga's own counting (its
 * maxRequestBodySize, off in http.ts) piped every body through a stream whose teardown builds an
 * AbortError with a stack, about 5% of the app's CPU on the bench's source page.
 */
export function undeclaredBodyLimitPlugin(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.headers.get('content-length') !== null || request.body === null || !requestParser) return;
      const limit = bodyLimitOf(request.headers.get('content-type'));
      setRequestParser((req) => requestParser(counted(req, limit, fetchAPI)));
    },
  };
}

/** The request with its body counted as it streams, failing past `limit` bytes. */
function counted(
  request: Request,
  limit: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
): Request {
  const body = request.body;
  if (!body) return request;
  let bytes = 0;
  // A request from Node's server carries the ponyfill's stream, which pipes only into the ponyfill's transform.
  const Transform = body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(bodyTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}
