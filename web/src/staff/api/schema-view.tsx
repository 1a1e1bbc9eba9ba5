import { Fragment, type ReactNode } from 'react';

/** A JSON Schema (2020-12) as the OpenAPI document carries it. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  $ref?: string;
}

const typeWords: Record<string, string> = {
  string: 'tekst',
  integer: 'geheel getal',
  number: 'getal',
  boolean: 'ja/nee',
  object: 'object',
  array: 'lijst',
  null: 'leeg (null)',
};

/** A description from the api with its `identifiers` (field names, codes, headers) shown as code. */
export function CodeText({ text }: { text: string }) {
  return <>{text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/** Items separated by a comma, as React nodes. */
function commaList(items: ReactNode[], separator = ', '): ReactNode {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && separator}
      {item}
    </Fragment>
  ));
}

// Values a program sends or receives (enum values, constants, patterns) are identifiers, not words to
// translate: they stay in <code>, as in the route's path.
const literal = (value: unknown) => <code>{JSON.stringify(value)}</code>;

/** One line that says what a value must be: "geheel getal, 2–100, standaard 5". */
export function describeSchema(schema: JsonSchema): ReactNode {
  if (schema.$ref) return <code>{schema.$ref.split('/').pop() ?? schema.$ref}</code>;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return commaList(options.map(describeSchema), ' of ');
  if (schema.enum) return <>een van: {commaList(schema.enum.map(literal))}</>;
  if (schema.const !== undefined) return <>precies {literal(schema.const)}</>;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const parts: ReactNode[] = [types.length ? types.map((t) => typeWords[t] ?? t).join(' of ') : 'elke waarde'];
  if (schema.type === 'array' && schema.items) parts[0] = <>lijst van {describeSchema(schema.items)}</>;
  // zod's safe-integer bound says nothing to a reader.
  const max = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined;
  const low =
    schema.minimum !== undefined
      ? `${schema.minimum}`
      : schema.exclusiveMinimum !== undefined
        ? `groter dan ${schema.exclusiveMinimum}`
        : undefined;
  if (low !== undefined && max !== undefined)
    parts.push(schema.minimum !== undefined ? `van ${low} t/m ${max}` : `${low}, t/m ${max}`);
  else if (low !== undefined) parts.push(schema.minimum !== undefined ? `vanaf ${low}` : low);
  else if (max !== undefined) parts.push(`t/m ${max}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    parts.push(`${schema.minLength ?? 0}–${schema.maxLength ?? '…'} tekens`);
  if (schema.minItems !== undefined || schema.maxItems !== undefined)
    parts.push(`${schema.minItems ?? 0}–${schema.maxItems ?? '…'} items`);
  if (schema.format)
    parts.push(
      <>
        formaat <code>{schema.format}</code>
      </>,
    );
  if (schema.pattern)
    parts.push(
      <>
        patroon <code>{schema.pattern}</code>
      </>,
    );
  if (schema.default !== undefined) parts.push(<>standaard {literal(schema.default)}</>);
  return commaList(parts);
}

/** The fields of an object, nested objects and lists of objects folded out below their field. */
export function SchemaView({ schema }: { schema: JsonSchema }) {
  // Answers that differ by case (shown or hidden, found or not): each shape on its own.
  const options = (schema.anyOf ?? schema.oneOf)?.filter((o) => o.type !== 'null');
  if (options && options.some((o) => o.properties || o.items?.properties))
    return (
      <>
        <p className="schema-line">
          {options.length > 1 ? `Een van ${options.length} vormen:` : 'Een vorm:'}
          {options.length < (schema.anyOf ?? schema.oneOf)!.length && ' (of leeg)'}
        </p>
        <ol className="schema">
          {options.map((option, i) => (
            <li key={i}>
              <SchemaView schema={option} />
            </li>
          ))}
        </ol>
      </>
    );
  const inner = schema.type === 'array' && schema.items ? schema.items : schema;
  if (!inner.properties) return <p className="schema-line">{describeSchema(schema)}</p>;
  const required = new Set(inner.required ?? []);
  return (
    <>
      {schema.type === 'array' && <p className="schema-line">Een lijst; elk item:</p>}
      <ul className="schema">
        {Object.entries(inner.properties).map(([name, prop]) => {
          const nested =
            prop.properties ||
            (prop.type === 'array' && prop.items?.properties) ||
            (prop.anyOf ?? prop.oneOf)?.some((o) => o.properties || o.items?.properties);
          return (
            <li key={name}>
              <code>{name}</code> {required.has(name) ? <em>verplicht</em> : <span className="muted">optioneel</span>} —{' '}
              {nested ? (prop.type === 'array' ? 'lijst van objecten' : 'object') : describeSchema(prop)}
              {prop.description && (
                <div className="muted">
                  <CodeText text={prop.description} />
                </div>
              )}
              {nested && <SchemaView schema={prop} />}
            </li>
          );
        })}
      </ul>
      {inner.additionalProperties === false && <p className="muted">Andere velden worden geweigerd.</p>}
    </>
  );
}
