import { ExecutionArgs, GraphQLError, GraphQLSchema, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate } from 'graphql';
import { ApiErrorCode } from '../errors/api-error-code';
import { assertWithinLimits, MAX_TOKENS, MAX_VALIDATION_ERRORS } from './operation-limits';

export interface SocketPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const refused = (error: GraphQLError, production: boolean) =>
  new GraphQLError(production ? error.message.replace(/ Did you mean .+\?$/, '') : error.message, {
    extensions: { ...error.extensions, code: ApiErrorCode.GRAPHQL_VALIDATION_FAILED },
  });

/**
 * A graphql-ws operation checked as Apollo checks an HTTP one: parsed with
 * the token cap, validated with errors capped (and, in production, without
 * introspection or "Did you mean" suggestions), then held to the operation
 * limits. Returns the execution arguments, or the errors to answer with.
 */
export function prepareSocketOperation(
  schema: GraphQLSchema,
  payload: SocketPayload,
  { production }: { production: boolean },
): ExecutionArgs | GraphQLError[] {
  try {
    const document = parse(payload.query, { maxTokens: MAX_TOKENS });
    const rules = production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
    const errors = validate(schema, document, rules, { maxErrors: MAX_VALIDATION_ERRORS });
    if (errors.length > 0) return errors.map((e) => refused(e, production));
    assertWithinLimits(schema, document, payload.operationName, payload.variables);
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  } catch (error) {
    if (error instanceof GraphQLError) return [refused(error, production)];
    throw error;
  }
}
