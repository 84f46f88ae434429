import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { curatorToken, refuseToken } from './lib/curator-session';

/**
 * The app's one GraphQL client. A signed-in curator's token goes with every request as
 * `Authorization: Bearer …`; a token the server refuses (UNAUTHENTICATED) signs the curator out.
 */
export const urqlClient = new Client({
  url: '/graphql',
  fetchOptions: () => {
    const token = curatorToken();
    return token ? { headers: { authorization: `Bearer ${token}` } } : {};
  },
  exchanges: [
    cacheExchange,
    mapExchange({
      onError(error) {
        if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) refuseToken();
      },
    }),
    fetchExchange,
  ],
});
