// Subscribes with the graphql-ws client library (graphql-transport-ws) and prints each result as one JSON line,
// for the subscription tests: node graphql-ws-subscribe.mjs <ws-url> <query> <count> [bearer-token]
// Exits 0 after <count> results (then completes the subscription), 1 on any error or close.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, count, token] = process.argv.slice(2);
const wanted = Number(count);

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
  retryAttempts: 0,
  lazy: false,
  on: { connected: () => console.log(JSON.stringify({ connected: true })) },
});

let received = 0;
try {
  for await (const result of client.iterate({ query })) {
    console.log(JSON.stringify(result));
    if (++received === wanted) break; // Leaving the loop sends "complete" for the subscription.
  }
  await client.dispose();
  process.exit(received === wanted ? 0 : 1);
} catch (error) {
  console.log(JSON.stringify({ clientError: error instanceof Error ? error.message : { code: error?.code, reason: error?.reason } }));
  await client.dispose();
  process.exit(1);
}
