// Apollo Client with automatic persisted queries, set up as Apollo's documentation shows: the
// PersistedQueryLink sends the query's SHA-256 hash first (as GET, so a CDN can cache it) and sends
// the whole query only when the server answers PersistedQueryNotFound. It reads the campaign of a
// fiscal year twice: the first read registers the query, the second sends its hash alone.
//
//   TELEWORK_API_URL=http://localhost:8080/graphql npm run apq
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { CampaignQuery } from './documents';

const url = process.env.TELEWORK_API_URL ?? 'http://localhost:8080/graphql';
const apiKey = process.env.TELEWORK_API_KEY;
const fiscalYear = Number(process.env.TELEWORK_FISCAL_YEAR ?? '2026');

// What went over the wire, to show the protocol: whether each request carried the query's text.
const sent: { method: string; withQuery: boolean }[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const body = typeof init?.body === 'string' ? init.body : '';
  const withQuery = new URL(target).searchParams.has('query') || body.includes('"query"');
  sent.push({ method: init?.method ?? 'GET', withQuery });
  return fetch(input, init);
};

const persisted = new PersistedQueryLink({
  sha256: (query: string) => createHash('sha256').update(query).digest('hex'),
  useGETForHashedQueries: true,
});

const client = new ApolloClient({
  link: persisted.concat(
    new HttpLink({
      uri: url,
      fetch: recordingFetch,
      headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
    }),
  ),
  cache: new InMemoryCache(),
});

async function main(): Promise<void> {
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    const { data, error } = await client.query({ query: CampaignQuery, variables: { fiscalYear }, fetchPolicy: 'network-only' });
    if (error) throw error;
    if (!data?.campaign) throw new Error(`there is no campaign of fiscal year ${fiscalYear}`);
    names.push(data.campaign.eraName);
  }
  // The second read must have gone as the hash alone: the server kept the query the first one gave.
  const last = sent[sent.length - 1];
  if (!last || last.withQuery) {
    throw new Error('the second read sent the whole query again: the server did not keep the persisted query');
  }
  console.log(JSON.stringify({ eraNames: names, requests: sent }, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
