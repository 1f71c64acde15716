// A partner portal's nightly sync, written as a partner would: urql with the typed documents of
// documents.ts, every query sent as GET (so a CDN in front of the API can cache the public reads),
// the published events of a fiscal year read page by page with the connection's pageInfo, one event
// refetched by its ID, and the public list of registrants. It prints what it read as JSON.
//
//   TELEWORK_API_URL=http://localhost:8080/graphql npm run portal
//
// TELEWORK_API_KEY (a partner key, tmk_…) is sent as a bearer token when set; TELEWORK_FISCAL_YEAR
// (2026) and TELEWORK_PAGE_SIZE (20, at most 100) choose what to read.
import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import {
  CampaignQuery,
  EventNodeQuery,
  OpenEventCountQuery,
  PublishedEventsQuery,
  RegistrantsQuery,
} from './documents';
import type { PublishedEventsQuery as PublishedEvents } from './gql/graphql';

const url = process.env.TELEWORK_API_URL ?? 'http://localhost:8080/graphql';
const apiKey = process.env.TELEWORK_API_KEY;
const fiscalYear = Number(process.env.TELEWORK_FISCAL_YEAR ?? '2026');
const pageSize = Number(process.env.TELEWORK_PAGE_SIZE ?? '20');

// Counts the HTTP methods the client uses. urql sends a query as GET while its URL stays within
// 2,048 characters and falls back to POST past that, silently; a POST is not cached by a CDN, so
// the sync refuses to report success when one slipped through.
const methods: Record<string, number> = {};
const countingFetch: typeof fetch = (input, init) => {
  const method = init?.method ?? 'GET';
  methods[method] = (methods[method] ?? 0) + 1;
  return fetch(input, init);
};

const client = new Client({
  url,
  exchanges: [fetchExchange],
  preferGetMethod: true,
  requestPolicy: 'network-only',
  fetch: countingFetch,
  fetchOptions: () => ({
    headers: {
      'Accept-Language': 'en',
      ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}),
    },
  }),
});

/** Runs one query and answers its data, or throws with the server's errors. */
async function read<D, V extends AnyVariables>(doc: TypedDocumentNode<D, V>, variables: V): Promise<D> {
  const result = await client.query(doc, variables).toPromise();
  if (result.error) {
    throw new Error(result.error.message);
  }
  if (!result.data) throw new Error('the answer has no data');
  return result.data;
}

type PageInfo = { hasNextPage: boolean; endCursor?: string | null };

/**
 * Reads a connection to its end: each page asks for what follows the last page's endCursor, until
 * hasNextPage is false. `at` picks the connection out of a page's data.
 */
async function* pages<D, V extends AnyVariables & { after?: string | null }, C extends { pageInfo: PageInfo }>(
  doc: TypedDocumentNode<D, V>,
  variables: V,
  at: (data: D) => C,
): AsyncGenerator<C> {
  let after: string | null = null;
  for (;;) {
    const page = at(await read(doc, { ...variables, after }));
    yield page;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

type Event = PublishedEvents['events']['edges'][number]['node'];

async function main(): Promise<void> {
  const { campaign } = await read(CampaignQuery, { fiscalYear });
  if (!campaign) throw new Error(`there is no campaign of fiscal year ${fiscalYear}`);

  const events: Event[] = [];
  let eventPages = 0;
  let totalCount = 0;
  for await (const page of pages(PublishedEventsQuery, { fiscalYear, first: pageSize }, (d) => d.events)) {
    eventPages++;
    totalCount = page.totalCount;
    events.push(...page.edges.map((e) => e.node));
  }
  const openNow = (await read(OpenEventCountQuery, { fiscalYear })).events.totalCount;

  // A detail page refetches its event by the global ID the listing gave.
  const first = events[0];
  const detail = first ? (await read(EventNodeQuery, { id: first.id })).node : null;

  const registrants = [];
  for await (const page of pages(RegistrantsQuery, { fiscalYear, activity: 'PROMOTING', first: pageSize }, (d) => d.registrants)) {
    registrants.push(...page.edges.map((e) => e.node));
  }

  const notGet = Object.keys(methods).filter((m) => m !== 'GET');
  if (notGet.length > 0) {
    throw new Error(`some queries were not sent as GET (${notGet.join(', ')}), so a CDN would not cache them`);
  }

  console.log(
    JSON.stringify(
      {
        campaign: { fiscalYear: campaign.fiscalYear, eraName: campaign.eraName, name: campaign.name.text },
        events: {
          totalCount,
          pages: eventPages,
          openNow,
          items: events.map((e) => ({
            id: e.id,
            title: e.title.text,
            startsAt: e.startsAt,
            seatsRemaining: e.seatsRemaining ?? null,
            host: e.host.code,
          })),
        },
        detail:
          detail && detail.__typename === 'Event'
            ? { id: detail.id, title: detail.title.text, status: detail.status, programParts: detail.programParts.length }
            : null,
        registrants: {
          activity: 'PROMOTING',
          count: registrants.length,
          listedNames: registrants.filter((r) => r.name !== null).length,
        },
        requests: methods,
      },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
