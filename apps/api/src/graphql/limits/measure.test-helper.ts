import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { measureOperation } from './operation-cost';

/** The committed SDL, which a test keeps equal to the served schema. */
export const servedSchema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

/** Measures the first operation of `source` with all its fragments against the served schema. */
export function measure(source: string, variables: Record<string, unknown> = {}, costCap?: number) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const { depth, aliases, cost } = measureOperation(servedSchema, operation, fragments, variables, costCap);
  return { depth, aliases, cost };
}
