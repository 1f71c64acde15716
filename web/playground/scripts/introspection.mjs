// Writes the canned introspection result that internal/playground's browser
// test serves for its tiny schema. Run with `npm run introspection`.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, introspectionFromSchema } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../../internal/playground/testdata/introspection.json');

const schema = buildSchema('type Query { hello: String }');
writeFileSync(out, JSON.stringify({ data: introspectionFromSchema(schema) }, null, 1) + '\n');
console.log(`wrote ${out}`);
