// Judges our introspection with graphql-js, for Sermo.Tests/IntrospectionRoundTrip.
// Reads one JSON object from standard input:
//   {"introspection": <the introspection response's data>, "sdl": {"<label>": <SDL text>, ...}}
// and writes one JSON object:
//   buildErrors       why buildClientSchema refused the introspection result (empty when it accepted it)
//   validationErrors  validateSchema's errors for the schema built from the introspection result
//   fromIntrospection printSchema(lexicographicSortSchema(buildClientSchema(introspection)))
//   sorted            {"<label>": printSchema(lexicographicSortSchema(buildSchema(sdl)))}
//   reprinted         {"<label>": printSchema(buildSchema(sdl))}: graphql-js's own layout of the SDL, unsorted
// Every side is sorted and printed by graphql-js, so comparing them compares what the schemas mean, not the
// order or layout of their parts; `reprinted` lets the caller check a printer's layout separately.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  lexicographicSortSchema,
  printSchema,
  validateSchema,
} from 'graphql';

const input = JSON.parse(readFileSync(0, 'utf8'));
const output = { buildErrors: [], validationErrors: [], fromIntrospection: null, sorted: {}, reprinted: {} };

try {
  const clientSchema = buildClientSchema(input.introspection);
  output.validationErrors = validateSchema(clientSchema).map((error) => error.message);
  output.fromIntrospection = printSchema(lexicographicSortSchema(clientSchema));
} catch (error) {
  output.buildErrors.push(String(error?.message ?? error));
}

for (const [label, sdl] of Object.entries(input.sdl)) {
  const schema = buildSchema(sdl);
  output.sorted[label] = printSchema(lexicographicSortSchema(schema));
  output.reprinted[label] = printSchema(schema);
}

process.stdout.write(JSON.stringify(output));
