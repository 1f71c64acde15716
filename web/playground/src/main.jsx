// Entry point of the offline GraphiQL bundle. Everything it needs is bundled;
// it never loads anything from another origin.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

import './main.css';

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint || '/graphql';
// Without introspection on the server, asking for the schema only fails: the
// page says so above the editor instead, and GraphiQL runs without a schema.
const introspection = container.dataset.introspection !== 'false';

// GraphiQL's dialogs insert a <style> element (react-remove-scroll, through
// get-nonce); the page's Content-Security-Policy admits it only with the
// page's nonce, which get-nonce reads from this webpack-style global.
window.__webpack_nonce__ = container.dataset.styleNonce;

// The HTTP endpoint and its WebSocket twin on the same origin.
const httpURL = new URL(endpoint, window.location.href);
const wsURL = new URL(httpURL.href);
wsURL.protocol = httpURL.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: httpURL.href,
  subscriptionUrl: wsURL.href,
});

// What a newcomer sees first: a query that runs as it is against the demo data.
const defaultQuery = `# Telework Month (テレワーク月間) GraphQL API. Press the run button (or Ctrl-Enter).
# The Docs pane lists every type and field; send "Accept-Language: en" in Headers for English.
{
  campaign(fiscalYear: 2023) {
    eraName
    name { text }
    theme { text }
    stats { registrantCount eventCount byActivity { activity count } }
  }
  events(filter: {fiscalYear: 2026, hasSeats: true}, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        title { text }
        startsAt
        venue { name { text } prefecture }
        seatsRemaining
        host { code name { text } }
        coHosts { code }
      }
    }
  }
}
`;

container.textContent = '';
createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    defaultEditorToolsVisibility={false}
    {...(introspection ? {} : { schema: null })}
  >
    {/* The default logo links to GitHub; this page stays on its own origin. */}
    <GraphiQL.Logo>GraphQL playground</GraphiQL.Logo>
  </GraphiQL>,
);
