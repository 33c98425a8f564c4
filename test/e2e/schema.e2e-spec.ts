import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, TestApp } from '@kindling/testing';

const SCHEMA_FILE = join(__dirname, '../../apps/api/schema.graphql');

/** apps/api/schema.graphql is the served schema, committed; `npm run schema:generate` rewrites it. */
describe('committed schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the API serves', () => {
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect({ stale: committed !== served, hint: 'run `npm run schema:generate` and commit apps/api/schema.graphql' }).toEqual({
      stale: false,
      hint: expect.any(String),
    });
  });
});
