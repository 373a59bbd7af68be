/**
 * The JSON Schema of a report file, generated from the zod schema so the two cannot
 * drift. `npm run gen-schema` writes it to data/report.schema.json; a unit test checks
 * the committed file still equals what this function builds.
 */
import { z } from 'zod';
import { reportSchema } from './schema';

/** Where the generated schema is committed, relative to the repository root. */
export const JSON_SCHEMA_FILE = 'data/report.schema.json';

/** A stable identifier for the schema (a URN: the schema is not served from any host). */
export const JSON_SCHEMA_ID = 'urn:ai-report-dashboard:report.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a report file, for the input side of the zod
 * schema. Refinements (low ≤ high, real calendar dates, range qualifier ↔ range value,
 * unique ids, ids that point at existing records) cannot be expressed in JSON Schema;
 * `npm run validate-data` checks them with the zod schema itself.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'AI report dashboard: report file',
    description:
      'Generated from src/data/schema.ts by `npm run gen-schema`; do not edit by hand. ' +
      'It checks the shape of a report file only: referential integrity (unique ids, ids ' +
      'that point at existing records), real calendar dates, low ≤ high in ranges and the ' +
      'range qualifier going with a range value are checked by `npm run validate-data`.',
    ...rest,
  };
}

/** The file text: two-space indentation and a trailing newline, as Prettier writes JSON. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
