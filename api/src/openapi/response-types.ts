import { join } from 'node:path';
import ts from 'typescript';

type JsonSchema = Record<string, unknown>;
/** 'GET /api/exports' → status → the JSON Schema of the answer's body (null: no JSON body). */
export type ResponseSchemas = Record<string, Record<string, JsonSchema | null>>;

/**
 * The answer shapes of every route, read by the TypeScript compiler from `AppType`: the very types the
 * web's typed client (hc<AppType>) gets, so the document and the client cannot tell different stories.
 */
export function readResponseSchemas(root: string): ResponseSchemas {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const appFile = join(root, 'api/src/app.ts');
  const program = ts.createProgram([appFile], config.options);
  const checker = program.getTypeChecker();
  const alias = program
    .getSourceFile(appFile)!
    .statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'AppType');
  if (!alias) throw new Error('api/src/app.ts has no AppType');
  const [, schema] = checker.getTypeArguments(checker.getTypeAtLocation(alias.name) as ts.TypeReference);

  const result: ResponseSchemas = {};
  const eachMember = (type: ts.Type, visit: (t: ts.Type) => void) =>
    type.isUnion() || type.isIntersection() ? type.types.forEach((t) => eachMember(t, visit)) : visit(type);
  eachMember(schema!, (pathsType) => {
    for (const path of checker.getPropertiesOfType(pathsType)) {
      for (const method of checker.getPropertiesOfType(checker.getTypeOfSymbol(path))) {
        const key = `${method.name.replace('$', '').toUpperCase()} ${path.name}`;
        eachMember(checker.getTypeOfSymbol(method), (endpoint) => {
          const prop = (name: string) => {
            const symbol = checker.getPropertyOfType(endpoint, name);
            return symbol ? checker.getTypeOfSymbol(symbol) : undefined;
          };
          const status = prop('status');
          const code = status?.isNumberLiteral() ? String(status.value) : '200';
          const format = prop('outputFormat');
          const json = format?.isStringLiteral() && format.value === 'json';
          (result[key] ??= {})[code] = json ? toJsonSchema(checker, prop('output')!, new Set(), 0) : null;
        });
      }
    }
  });
  return result;
}

const isOptional = (symbol: ts.Symbol) => (symbol.flags & ts.SymbolFlags.Optional) !== 0;

function toJsonSchema(checker: ts.TypeChecker, type: ts.Type, seen: Set<ts.Type>, depth: number): JsonSchema {
  const flags = type.flags;
  if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
  // Hono's JSON value types (a jsonb column, a SurveyJS definition): any JSON.
  if (['JSONValue', 'JSONObject', 'JSONArray'].includes(type.aliasSymbol?.name ?? '')) return {};
  if (flags & ts.TypeFlags.Null) return { type: 'null' };
  if (flags & ts.TypeFlags.StringLiteral) return { const: (type as ts.StringLiteralType).value };
  if (flags & ts.TypeFlags.NumberLiteral) return { const: (type as ts.NumberLiteralType).value };
  if (flags & ts.TypeFlags.BooleanLiteral) return { const: checker.typeToString(type) === 'true' };
  if (flags & ts.TypeFlags.StringLike) return { type: 'string' };
  if (flags & ts.TypeFlags.NumberLike) return { type: 'number' };
  if (flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    const literals: ts.Type[] = members.filter((t) => t.isStringLiteral() || t.isNumberLiteral());
    const booleans = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const rest = members.filter((t) => !literals.includes(t) && !booleans.includes(t));
    const options: JsonSchema[] = [];
    if (literals.length) options.push({ enum: literals.map((t) => (t as ts.LiteralType).value) });
    if (booleans.length === 2) options.push({ type: 'boolean' });
    else options.push(...booleans.map((t) => toJsonSchema(checker, t, seen, depth)));
    options.push(...rest.map((t) => toJsonSchema(checker, t, seen, depth)));
    return options.length === 1 ? options[0]! : { anyOf: options };
  }
  // Deep or self-referring types (JSON values, SurveyJS definitions) are any JSON from here on.
  if (seen.has(type) || depth > 12) return {};
  seen.add(type);
  try {
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: item ? toJsonSchema(checker, item, seen, depth + 1) : {} };
    }
    if (checker.isTupleType(type)) {
      const items = checker
        .getTypeArguments(type as ts.TypeReference)
        .map((t) => toJsonSchema(checker, t, seen, depth + 1));
      return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    if (type.isIntersection()) return { allOf: type.types.map((t) => toJsonSchema(checker, t, seen, depth + 1)) };
    if (flags & ts.TypeFlags.Object) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const symbol of checker.getPropertiesOfType(type)) {
        const propType = checker.getTypeOfSymbol(symbol);
        if (propType.getCallSignatures().length) continue;
        properties[symbol.name] = toJsonSchema(checker, propType, seen, depth + 1);
        if (!isOptional(symbol)) required.push(symbol.name);
      }
      const index = checker.getIndexInfosOfType(type)[0];
      return {
        type: 'object',
        ...(Object.keys(properties).length ? { properties } : {}),
        ...(required.length ? { required } : {}),
        ...(index ? { additionalProperties: toJsonSchema(checker, index.type, seen, depth + 1) } : {}),
      };
    }
    return {};
  } finally {
    seen.delete(type);
  }
}
