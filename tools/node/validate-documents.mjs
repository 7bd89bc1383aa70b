// graphql-js's verdict on executable documents, for Sermo.Tests/Validation (comparing error lists).
// Reads one JSON object from standard input:
//   {"schema": <SDL text>, "documents": [<document text>, ...], "hideSuggestions": <bool, optional>}
// and writes a JSON array with, for each document, the errors of graphql-js's validate() (every specified rule):
//   [[{"message": ..., "locations": [{"line": ..., "column": ...}]}, ...], ...]
// A document that does not parse gets one error with the syntax error's message and location.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate, specifiedRules } from 'graphql';

const input = JSON.parse(readFileSync(0, 'utf8'));
const schema = buildSchema(input.schema);
const options = { hideSuggestions: input.hideSuggestions === true };

const shape = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const results = input.documents.map((text) => {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    return [shape(error)];
  }
  return validate(schema, document, specifiedRules, options).map(shape);
});

process.stdout.write(JSON.stringify(results));
