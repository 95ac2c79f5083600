// Runs every differential case through graphql-js and prints one JSON line per case:
// { name, verdict: "syntax" | "invalid" | "request" | "executed", errors: [{ message, locations, path }], data }.
import { readFileSync } from 'node:fs';
import { buildSchema, execute, isAbstractType, parse, validate, GraphQLError } from 'graphql';
import { readCases } from './cases.mjs';
import { resolvers, resolveType } from './resolvers.mjs';

const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
for (const [typeName, fields] of Object.entries(resolvers)) {
  const typeFields = schema.getType(typeName).getFields();
  for (const [fieldName, resolve] of Object.entries(fields)) {
    typeFields[fieldName].resolve = resolve;
  }
}
for (const type of Object.values(schema.getTypeMap())) {
  if (isAbstractType(type)) {
    type.resolveType = resolveType;
  }
}

const errorsOf = (errors) =>
  (errors ?? []).map((error) => ({ message: error.message, locations: error.locations ?? null, path: error.path ?? null }));

async function run(testCase) {
  let document;
  try {
    document = parse(testCase.query);
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { verdict: 'syntax', errors: errorsOf([error]) };
    }
    throw error;
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { verdict: 'invalid', errors: errorsOf(validationErrors) };
  }
  const result = await execute({
    schema,
    document,
    variableValues: testCase.variables,
    operationName: testCase.operationName,
    contextValue: { counter: 0 },
  });
  return 'data' in result
    ? { verdict: 'executed', errors: errorsOf(result.errors), data: result.data }
    : { verdict: 'request', errors: errorsOf(result.errors) };
}

for (const testCase of readCases()) {
  process.stdout.write(JSON.stringify({ name: testCase.name, ...(await run(testCase)) }) + '\n');
}
