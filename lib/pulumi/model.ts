/**
 * The language-neutral view of a Pulumi program that rules work with. The
 * TypeScript and Python finders implement it, so the two halves of a rule use
 * the same words. Property names are given in camelCase (the TypeScript SDK's
 * spelling); the Python side translates them to snake_case.
 */
import type { Language, Located } from '../rule';
import type { Edit } from '../text/edits';

export type ValueKind =
  | 'string' // a literal string with no interpolation
  | 'template' // a template literal / f-string / string concatenation with interpolations
  | 'object' // object literal, dict, or a `*Args(...)` call
  | 'array'
  | 'number'
  | 'boolean'
  | 'null' // null, undefined, None
  | 'name' // a plain identifier
  | 'member' // a.b.c, this.x, self.x
  | 'call'
  | 'other';

/**
 * A piece of a string-building expression: literal text exactly as written
 * between the quotes (escapes not decoded), or an interpolated expression
 * (`value` is undefined when it is not a single expression, such as a
 * `.format` placeholder with no matching argument). `outer` is the piece with
 * its own delimiters, when it has some: an interpolation's placeholder (`${x}`,
 * `{x!r:>4}`, a `.format` field `{}`), or a whole string literal with its
 * prefix and quotes (`'app-'`, `r"x"`); absent for text between interpolations
 * and for an expression operand of `+`.
 */
export type ValuePart =
  | { kind: 'literal'; start: number; end: number; text: string; outer?: Located }
  | { kind: 'expression'; start: number; end: number; value: Value | undefined; outer?: Located };

/** A call seen through the neutral API: `receiver.method(args)` or `callee(args)`. */
export interface CallView {
  callee: Value;
  /** for `receiver.method(...)`: the receiver and the method name */
  receiver: Value | undefined;
  method: string | undefined;
  /** the positional arguments */
  args: Value[];
  /** the keyword arguments (Python `name=value`); [] in TypeScript */
  keywords: Prop[];
  /** whether some arguments are spread (`...x`, `*x`, `**x`): `args` and `keywords` leave them out */
  spread: boolean;
}

export interface Value extends Located {
  kind: ValueKind;
  /** the source text of the expression */
  text: string;
  /** the literal value when kind is 'string' */
  string: string | undefined;
  /** the literal value when kind is 'boolean' or 'number' */
  literal: boolean | number | undefined;
  /** object literal / dict / `*Args(...)` property by camelCase name */
  prop(name: string): Prop | undefined;
  props(): Prop[];
  /** elements of an array or list literal */
  elements(): Value[];
  /** whether an object or list has entries the tree cannot see into: `...x` (TS), `**x` / `*x` (Python) */
  hasSpread(): boolean;
  /** `this.bucket.id` → ['this', 'bucket', 'id']; undefined unless a name or member chain */
  path(): string[] | undefined;
  /** the fully-qualified Pulumi name of the callee (for calls) or member chain: 'aws.s3.Bucket' */
  qualifiedName(): string | undefined;
  /**
   * the pieces of a 'string' or 'template' value, in order: TS template
   * literals, tagged templates (`pulumi.interpolate`) and `+` concatenation;
   * Python f-strings, implicit and `+` concatenation and `"...".format(...)`;
   * [] for anything else
   */
  parts(): ValuePart[];
  /** the callee, receiver and positional arguments of a call; undefined when not a call */
  asCall(): CallView | undefined;
  /**
   * every expression of the given kind inside this one (itself included), in
   * source order; object keys, import sources, type annotations and Python
   * docstrings are not expressions here
   */
  descendants(kind: ValueKind): Value[];
  /** the expression or statement that directly contains this one (a TS `as`/`!` wrapper counts); undefined at the top */
  parent(): Value | undefined;
  /** whether the expression's text contains the given word (identifier or string contents) */
  mentions(word: string): boolean;
  replace(text: string): Edit;
  /** adds a property to an object/dict/Args call (the value text must be in the file's language) */
  addProp(name: string, valueText: string): Edit[];
  /** this value's index among its list (when an array element), for removal */
  removeFromList?(): Edit;
  /** the raw AST node (babel node or tree-sitter node) for language-specific work */
  node: unknown;
}

export interface Prop extends Located {
  /** the key as written in the source */
  key: string;
  keyRange: Located;
  value: Value;
  remove(): Edit;
  /** renames the key (camelCase in; translated for Python) */
  rename(name: string): Edit;
}

export interface Resource extends Located {
  /** canonical type: 'aws.s3.Bucket' (Python's lambda_ module is 'aws.lambda') */
  type: string;
  module: string;
  className: string;
  /** the logical name (first argument) */
  name: Value | undefined;
  /** the arguments: object literal, dict-like kwargs, or `*Args(...)` */
  args: Value | undefined;
  arg(name: string): Prop | undefined;
  /** the resource options: TS third argument, Python `opts=` */
  options: Value | undefined;
  option(name: string): Prop | undefined;
  /** how the program refers to it: 'bucket', 'this.bucket', 'self.bucket' */
  binding: string | undefined;
  /** the range of the whole statement that creates it */
  statement: Located;
  /** whether `binding` can be read at `at` (declared before, in an enclosing scope) */
  visibleAt(at: Located): boolean;
  /** edits that make the resource depend on the given expressions (merging into existing options) */
  addDependsOn(refs: string[]): Edit[] | null;
  /**
   * whether the options set `name` (camelCase): true or false when they are absent or written out
   * (an object literal, `ResourceOptions(...)`, or a local name assigned one of those), undefined when
   * they cannot be seen into (a parameter, a spread, a merge call)
   */
  setsOption(name: string): boolean | undefined;
  /**
   * edits that set option `name` (camelCase) to `valueText` (in the file's language), creating the
   * options argument when absent; null when the options already set it, are not written out at the
   * call (a variable, a spread, a merge call) or the file does not import what they need
   */
  addOption(name: string, valueText: string): Edit[] | null;
  /**
   * 'this' / 'self' when the resource is created where that name is an instance of a class extending
   * pulumi.ComponentResource (its constructor or methods, arrow functions and Python closures within
   * them); undefined elsewhere
   */
  componentSelf: string | undefined;
  /** the expressions already in the `dependsOn` option (a list or one value), also inside `mergeOptions` / `ResourceOptions.merge` */
  dependsOn(): Value[];
  /**
   * edits that bind a resource created by a bare expression statement to a new
   * local name (`const name = new ...` / `name = ...`), visible where
   * `visibleAt` says; null when the resource is bound or not a statement of its own
   */
  bind(name: string): Edit[] | null;
  /** the raw AST node of the constructor call */
  node: unknown;
}

/** A name bound once to a value: a TS `const`, or a Python name assigned once in its scope. */
export interface Variable {
  name: string;
  /** the value it is bound to */
  value: Value;
  /** the statement that declares it */
  statement: Located;
  /**
   * every identifier that may read it, anywhere in its scope (conservative:
   * same-named identifiers of inner scopes count too); the declaration itself excluded
   */
  references: Value[];
  /** removes the declaring statement (its lines when it stands alone); undefined when it cannot go alone (exported, shared, only statement of a block) */
  remove(): Edit | undefined;
}

export interface PulumiFile {
  language: Language;
  /** every resource construction of the given canonical types ('aws.s3.Bucket', ...) */
  resources(...types: string[]): Resource[];
  allResources(): Resource[];
  /** the resource an expression refers to: `x`, `x.id`, `this.x.arn`, `self.x.bucket` */
  resourceOf(value: Value): Resource | undefined;
  /** the property name as spelled in this language */
  propName(camelCase: string): string;
  /** whether the file imports the given Pulumi package root ('aws', 'pulumi', 'random') */
  imports(pkg: string): boolean;
  /**
   * the expression text that names a qualified Pulumi symbol in this file, for code a fix writes:
   * 'aws.kms.Key' → 'aws.kms.Key', or 'kms.Key' after `from pulumi_aws import kms`, or 'Key' after
   * `import { Key } from "@pulumi/aws/kms"`; undefined when the file does not import it
   */
  spell(qualified: string): string | undefined;
  /** every expression of the given kind in the file, in source order (see Value.descendants) */
  expressions(kind: ValueKind): Value[];
  /** the variable `name` read at `at`: declared once with a value, in an enclosing scope; undefined otherwise */
  variable(name: string, at: Located): Variable | undefined;
}

/** The syntax-tree type of a value's node (`'TemplateLiteral'`, `'keyword_argument'`), or '' for none: for the language-specific corners of a rule. */
export function nodeType(value: Value | undefined): string {
  return (value?.node as { type?: string } | undefined)?.type ?? '';
}

/** The resource an argument refers to: `bucket: logs.id` → logs; a path reads into nested objects (`["rule", "bucket"]`). */
export function resourceOfArg(pulumi: PulumiFile, resource: Resource, ...path: [string, ...string[]]): Resource | undefined {
  let value = resource.arg(path[0])?.value;
  for (const key of path.slice(1)) value = value?.kind === 'object' ? value.prop(key)?.value : undefined;
  return value && pulumi.resourceOf(value);
}
