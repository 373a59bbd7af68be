/**
 * Writes data/report.schema.json from the zod schema (npm run gen-schema).
 * The generation itself is src/data/json-schema.ts, which a unit test compares with
 * the committed file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSON_SCHEMA_FILE, jsonSchemaText } from '../src/data/json-schema';

const target = resolve(import.meta.dirname, '..', JSON_SCHEMA_FILE);
writeFileSync(target, jsonSchemaText(), 'utf8');
console.log(`wrote ${JSON_SCHEMA_FILE}`);
