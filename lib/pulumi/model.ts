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
  /** `this.bucket.id` → ['this', 'bucket', 'id']; undefined unless a name or member chain */
  path(): string[] | undefined;
  /** the fully-qualified Pulumi name of the callee (for calls) or member chain: 'aws.s3.Bucket' */
  qualifiedName(): string | undefined;
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
  /** the raw AST node of the constructor call */
  node: unknown;
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
}
