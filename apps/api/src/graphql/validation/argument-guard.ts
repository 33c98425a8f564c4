import {
  defaultFieldResolver,
  getNamedType,
  GraphQLArgument,
  GraphQLFieldResolver,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { isId } from '@kindling/core';
import { InputValidationException } from '../errors/input-validation.exception';

type Slot = GraphQLArgument | GraphQLInputField;

const isTextScalar = (name: string) => name === 'String' || name === 'ID';

/** Whether a String or ID can appear anywhere under the slot's type (input objects followed, cycles cut). */
function carriesText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return isTextScalar(named.name);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesText(field.type, seen));
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/**
 * Refuses, as BAD_USER_INPUT naming the field, what would otherwise only fail
 * inside Postgres as a server error: a NUL character in any String or ID, and
 * an ID that is not a row id (a decimal bigint, 1 to 18 digits). Items of a
 * list of scalars are named by the list, items of a list of inputs by index
 * (`skills`, `resources.0.url`), as class-validator names them.
 */
function checkValue(type: GraphQLInputType, value: unknown, field: string): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    const byIndex = isInputObjectType(getNamedType(inner.ofType));
    value.forEach((item, index) => checkValue(inner.ofType, item, byIndex ? join(field, String(index)) : field));
  } else if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const name of Object.keys(fields)) checkValue(fields[name].type, (value as Record<string, unknown>)[name], join(field, name));
  } else if (isScalarType(inner) && isTextScalar(inner.name) && typeof value === 'string') {
    if (value.includes('\u0000')) throw new InputValidationException(field, `${field} must not contain NUL characters`);
    if (inner.name === 'ID' && !isId(value)) throw new InputValidationException(field, `${field} is not a valid id`);
  }
}

/** Inside an `input` argument fields are named without the `input.` prefix, as the validation pipe names them. */
const fieldOf = (slot: Slot) => (slot.name === 'input' && isInputObjectType(getNamedType(slot.type)) ? '' : slot.name);

function argumentCheck(args: readonly GraphQLArgument[]): ((values: Record<string, unknown>) => void) | null {
  const checked = args.filter((arg) => carriesText(arg.type));
  if (checked.length === 0) return null;
  return (values) => {
    for (const arg of checked) checkValue(arg.type, values[arg.name], fieldOf(arg));
  };
}

/**
 * Wraps every field whose arguments carry a String or ID so they are checked
 * before any guard, interceptor, pipe or resolver runs: one place for every
 * argument of every query, mutation, subscription and nested field, whoever
 * writes the resolver. Used as the driver's `transformSchema`.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = argumentCheck(field.args);
      if (!check) continue;
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, context, info) => {
          check(args);
          return subscribe(source, args, context, info);
        };
      } else {
        const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
        field.resolve = (source, args, context, info) => {
          check(args);
          return resolve(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
