/**
 * The shape of the generated provider schema tables
 * (lib/aws/generated/aws-schema-v6.jsonll, -v7.jsonl; written by
 * scripts/generate-aws-schema.ts from @pulumi/aws's type definitions): a
 * header line `{package, version}`, then one `["<module>", ModuleSchema]`
 * line per module ('' is the package root).
 *
 * A field is encoded as a short string: `!` when deprecated, `+` when
 * required, then the input type of an object-valued field
 * (`s3.BucketCorsRule`, with `[]` for a list of them), or nothing for a
 * scalar, a map or anything else.
 */
export type Fields = Record<string, string>;

export interface ResourceSchema {
  /** the input arguments; null when the class's args type could not be read (mixins) */
  args: Fields | null;
  /** the output properties */
  outputs: string[];
  deprecated?: true;
}

export interface FunctionSchema {
  /** the arguments; null when they could not be read */
  args: Fields | null;
  /**
   * the result fields; null when not an invoke (a helper function). A value
   * is '' for a plain field, `!` for a deprecated one, `!<field>` when the
   * deprecation names the field to use instead.
   */
  result: Fields | null;
  deprecated?: true;
}

export interface ModuleSchema {
  /** every exported class (resources, components, mixins) */
  resources: Record<string, ResourceSchema>;
  functions: Record<string, FunctionSchema>;
  /** enum name → member name → value */
  enums: Record<string, Record<string, string>>;
  /** `module.Name` (or `Name` at the root) → fields of the module's input types */
  types: Record<string, Fields>;
}

export interface SchemaTable {
  package: string;
  version: string;
  /** module name → its schema; '' is the package root (aws.Provider, aws.getRegion, aws.Region) */
  modules: Record<string, ModuleSchema>;
}

export interface FieldInfo {
  deprecated: boolean;
  required: boolean;
  /** the input type of an object-valued field */
  type: string | undefined;
  list: boolean;
}

export function decodeField(code: string): FieldInfo {
  const deprecated = code.startsWith('!');
  const rest = deprecated ? code.slice(1) : code;
  const required = rest.startsWith('+');
  const type = required ? rest.slice(1) : rest;
  const list = type.endsWith('[]');
  return { deprecated, required, type: (list ? type.slice(0, -2) : type) || undefined, list };
}

/** aws-schema-exclusive.json: `module.Class` and `module` names only one major exports. */
export interface ExclusiveNames {
  versions: { 6: string; 7: string };
  6: string[];
  7: string[];
}
