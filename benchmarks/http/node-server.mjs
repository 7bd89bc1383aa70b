// The Node peers of the HTTP benchmark, serving the authors/books workload (the same SDL, data and query files
// as our server) at POST /graphql:
//   node benchmarks/http/node-server.mjs mercurius PORT      fastify + mercurius with graphql-jit (jit: 1)
//   node benchmarks/http/node-server.mjs graphql-http PORT   graphql-http's reference handler on node:http
// Both resolve `authors` from the data and compute `md5` per author on every request, as ours does.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tools/node/package.json', import.meta.url));
const [implementation, port] = process.argv.slice(2);

const workload = (name) => readFileSync(new URL(`../../Sermo.Benchmarks/Workloads/${name}`, import.meta.url), 'utf8');
const sdl = workload('authors-books.graphql');
const data = JSON.parse(workload('authors-books.json'));
const md5 = (author) => createHash('md5').update(author.name).digest('hex');

if (implementation === 'mercurius') {
  const fastify = require('fastify')({ logger: false });
  fastify.register(require('mercurius'), {
    schema: sdl,
    resolvers: { Query: { authors: () => data.authors }, Author: { md5 } },
    jit: 1,
  });
  await fastify.listen({ host: '127.0.0.1', port: Number(port) });
} else if (implementation === 'graphql-http') {
  const { buildSchema } = require('graphql');
  const { createHandler } = require('graphql-http/lib/use/http');
  const schema = buildSchema(sdl);
  schema.getQueryType().getFields().authors.resolve = () => data.authors;
  schema.getType('Author').getFields().md5.resolve = md5;
  const handler = createHandler({ schema });
  createServer((request, response) => {
    if (request.url.startsWith('/graphql')) handler(request, response);
    else response.writeHead(404).end();
  }).listen(Number(port), '127.0.0.1');
} else {
  console.error('usage: node node-server.mjs mercurius|graphql-http PORT');
  process.exit(2);
}
console.log(`${implementation} listening on 127.0.0.1:${port}`);
