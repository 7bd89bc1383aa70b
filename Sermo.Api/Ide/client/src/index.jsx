// GraphiQL for the Sermo endpoints. The page (Sermo.Api/Ide/GraphiQLPage.cs) puts its settings in a JSON
// script element: the HTTP and WebSocket URLs of the schema and the example operations to open as tabs.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { getOperationAST, parse } from 'graphql';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './page.css';

const settings = JSON.parse(document.getElementById('sermo-graphiql-settings').textContent);
const httpFetcher = createGraphiQLFetcher({ url: settings.url });

// Subscriptions go over graphql-transport-ws. The socket cannot carry HTTP headers, so the bearer token from
// the header editor travels in the connection_init payload; one client per distinct token.
const socketClients = new Map();
function socketClientFor(authorization) {
  const key = authorization ?? '';
  let client = socketClients.get(key);
  if (!client) {
    client = createClient({
      url: new URL(settings.url, window.location.href).href.replace(/^http/, 'ws'),
      connectionParams: authorization ? { Authorization: authorization } : {},
      lazy: true,
    });
    socketClients.set(key, client);
  }
  return client;
}

function isSubscription(params) {
  try {
    return getOperationAST(parse(params.query), params.operationName)?.operation === 'subscription';
  } catch {
    return false; // Syntax errors are reported by the server's answer over HTTP.
  }
}

function headerValue(headers, name) {
  const match = Object.keys(headers ?? {}).find(key => key.toLowerCase() === name);
  return match ? headers[match] : undefined;
}

function fetcher(params, options) {
  if (isSubscription(params)) {
    return socketClientFor(headerValue(options?.headers, 'authorization')).iterate(params);
  }
  return httpFetcher(params, options);
}

const explorer = explorerPlugin();

// GraphiQL fills the editors of the first tab from its props, not from the tab itself: hand it the first tab's
// variables and headers (the development token of the demo caller, when the page carries one).
const firstTab = settings.tabs[0];

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[explorer]}
    defaultEditorToolsVisibility="headers"
    defaultHeaders={firstTab?.headers ?? settings.headers}
    variables={firstTab?.variables ?? undefined}
    defaultTabs={settings.tabs}
    shouldPersistHeaders={false}
  />,
);
