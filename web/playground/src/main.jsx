// Entry point of the offline GraphiQL bundle. Everything it needs is bundled;
// it never loads anything from another origin.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

import './main.css';

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint || '/graphql';

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

container.textContent = '';
createRoot(container).render(
  <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility={false}>
    {/* The default logo links to GitHub; this page stays on its own origin. */}
    <GraphiQL.Logo>GraphQL playground</GraphiQL.Logo>
  </GraphiQL>,
);
