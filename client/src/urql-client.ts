import { Client, cacheExchange, fetchExchange } from 'urql';

/** The app's one GraphQL client. */
export const urqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
});
