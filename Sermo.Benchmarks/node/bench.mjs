// The Node peers of the engine benchmark: graphql-js and graphql-jit run the authors/books workload
// (the same SDL, data and query files as the C# side) and each prints one JSON line:
//   {"engine":"graphql-js","opsPerSecond":...,"operations":...,"seconds":...,"response":"..."}
// Both run a cached operation, as ours does: the document is parsed and validated once, outside the loop;
// graphql-jit also compiles it once. Every operation produces the in-memory result, not its JSON text.
//
// Usage: node Sermo.Benchmarks/node/bench.mjs [--seconds N] [--warmup-seconds N]
// Needs `npm ci --prefix tools/node` (graphql and graphql-jit are pinned there).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(new URL('../../tools/node/package.json', import.meta.url));
const { buildSchema, parse, validate, execute } = require('graphql');
const { compileQuery, isCompiledQuery } = require('graphql-jit');

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    'warmup-seconds': { type: 'string', default: '2' },
  },
});

const workload = (name) => readFileSync(new URL(`../Workloads/${name}`, import.meta.url), 'utf8');
const schema = buildSchema(workload('authors-books.graphql'));
const document = parse(workload('authors-books.query.graphql'));
const rootValue = JSON.parse(workload('authors-books.json'));

// graphql-js's default resolver reads `authors`, `id`, `name` and `books` from the data; only md5 is computed.
const authorType = schema.getType('Author');
authorType.getFields().md5.resolve = (author) => createHash('md5').update(author.name).digest('hex');

const validationErrors = validate(schema, document);
if (validationErrors.length > 0) throw new Error(`the workload query is invalid: ${validationErrors.join('; ')}`);

const compiled = compileQuery(schema, document);
if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile the workload: ${JSON.stringify(compiled)}`);

const contenders = [
  { engine: 'graphql-js', run: () => execute({ schema, document, rootValue }) },
  { engine: 'graphql-jit', run: () => compiled.query(rootValue, {}, {}) },
];

// Runs `run` back to back for `seconds`, awaiting only when it returns a promise (the workload's
// resolvers are synchronous, so neither peer should), and counts the operations finished.
async function measure(run, seconds) {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const started = process.hrtime.bigint();
  let operations = 0;
  let now = started;
  while (now < deadline) {
    for (let i = 0; i < 64; i++) {
      const result = run();
      if (typeof result?.then === 'function') await result;
    }
    operations += 64;
    now = process.hrtime.bigint();
  }
  return { operations, seconds: Number(now - started) / 1e9 };
}

for (const { engine, run } of contenders) {
  const response = JSON.stringify(await run());
  await measure(run, Number(options['warmup-seconds']));
  const { operations, seconds } = await measure(run, Number(options.seconds));
  console.log(JSON.stringify({ engine, opsPerSecond: operations / seconds, operations, seconds, response }));
}
