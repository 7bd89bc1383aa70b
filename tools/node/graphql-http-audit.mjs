// Runs graphql-http's GraphQL-over-HTTP server audits against a running server and prints one JSON line:
//   {"ok":N,"warn":N,"error":N,"results":[{"id":"22EB","name":"SHOULD ...","status":"ok","reason":null}, ...]}
// Usage: node tools/node/graphql-http-audit.mjs http://127.0.0.1:5080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const count = (status) => results.filter((result) => result.status === status).length;
console.log(JSON.stringify({
  ok: count('ok'),
  warn: count('warn'),
  error: count('error'),
  results: results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null })),
}));
