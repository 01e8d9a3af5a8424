/**
 * `npm run generate:schema`: writes lib/aws/generated/aws-schema-v6.jsonll and
 * aws-schema-v7.jsonll, the part of the @pulumi/aws provider schema that the
 * schema rules check programs against, read from the type definitions of the
 * two majors installed as aliased devDependencies (@pulumi/aws-v6,
 * @pulumi/aws-v7). @pulumi/aws is not a runtime dependency: the tables are
 * committed, and this script is rerun when the pinned versions move.
 *
 * Per module: the resource classes with their input arguments (and output
 * names), the data-source functions with their arguments and result fields,
 * the enums; and every input type (`inputs.<module>.<Name>`) with its fields,
 * so nested objects can be checked too. Also aws-schema-exclusive.json: the
 * modules and classes only one of the two majors has. The .d.ts files are parsed for syntax
 * only (no type checker), which takes a few seconds for the ~8000 files.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import ts from 'typescript';
import type { ExclusiveNames, SchemaTable, ModuleSchema, Fields, FunctionSchema, ResourceSchema } from '../lib/aws/schema-table';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'lib', 'aws', 'generated');

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

const deprecated = (node: ts.Node) => ts.getJSDocTags(node).some((t) => t.tagName.text === 'deprecated');

/**
 * The field encoding of the table: `!` when deprecated, `+` when required,
 * then the input type of an object-valued field (`s3.BucketCorsRule`, with
 * `[]` for a list of them), or nothing for a scalar, a map or anything else.
 */
function encodeField(member: ts.PropertySignature): string {
  let code = '';
  if (deprecated(member)) code += '!';
  if (!member.questionToken) code += '+';
  return code + (member.type ? nestedType(member.type) : '');
}

/**
 * The `inputs.x.Y` type a field holds (outside maps), with `[]` when it sits
 * in an array type; nothing when the field is a union of several input types
 * (an IAM principal is `AWSPrincipal | ServicePrincipal | ...`): its keys
 * cannot be checked against one of them.
 */
function nestedType(type: ts.TypeNode): string {
  const found = new Set<string>();
  const visit = (node: ts.Node, inArray: boolean): void => {
    // a map (`{[key: string]: inputs.x.Y}`) is not an object of that type: its keys are free
    if (ts.isTypeLiteralNode(node)) return;
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText();
      if (name.startsWith('inputs.')) {
        found.add(name.slice('inputs.'.length) + (inArray ? '[]' : ''));
        return;
      }
    }
    const array = inArray || ts.isArrayTypeNode(node);
    node.forEachChild((child) => visit(child, array));
  };
  visit(type, false);
  return found.size === 1 ? [...found][0] : '';
}

/**
 * A data source's result fields: '' for a plain one, `!` for a deprecated one,
 * `!<field>` when its deprecation names the field to use instead
 * (`@deprecated name is deprecated. Use region instead.`).
 */
function resultFields(decl: ts.InterfaceDeclaration): Fields {
  const fields: Fields = {};
  for (const member of decl.members) {
    if (!ts.isPropertySignature(member) || !member.name) continue;
    const note = ts.getJSDocTags(member).find((t) => t.tagName.text === 'deprecated');
    const text = note ? ts.getTextOfJSDocComment(note.comment) ?? '' : undefined;
    const instead = text && /Use '?(\w+)'? instead/.exec(text)?.[1];
    fields[member.name.getText()] = text === undefined ? '' : `!${instead ?? ''}`;
  }
  return fields;
}

function fieldsOf(decl: ts.InterfaceDeclaration): Fields {
  const fields: Fields = {};
  for (const member of decl.members) {
    if (ts.isPropertySignature(member) && member.name) fields[member.name.getText().replace(/^"|"$/g, '')] = encodeField(member);
  }
  return fields;
}

/** Interfaces of a file by name; an interface with `extends` is left out (its fields are not all visible here). */
function interfaces(file: ts.SourceFile): Map<string, ts.InterfaceDeclaration> {
  const found = new Map<string, ts.InterfaceDeclaration>();
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && !node.heritageClauses) found.set(node.name.text, node);
  });
  return found;
}

function resourceOf(cls: ts.ClassDeclaration, known: Map<string, ts.InterfaceDeclaration>): ResourceSchema {
  const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.parameters.length >= 2);
  const argsType = ctor?.parameters[1].type;
  const argsDecl = argsType && ts.isTypeReferenceNode(argsType) ? known.get(argsType.typeName.getText()) : undefined;
  const outputs = cls.members
    .filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && !(ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword))
    .map((m) => m.name.getText());
  const schema: ResourceSchema = { args: argsDecl ? fieldsOf(argsDecl) : null, outputs };
  if (deprecated(cls)) schema.deprecated = true;
  return schema;
}

function functionOf(fn: ts.FunctionDeclaration, known: Map<string, ts.InterfaceDeclaration>): FunctionSchema {
  const argsType = fn.parameters[0]?.type;
  const argsDecl = argsType && ts.isTypeReferenceNode(argsType) ? known.get(argsType.typeName.getText()) : undefined;
  const returns = fn.type && ts.isTypeReferenceNode(fn.type) ? fn.type.typeArguments?.[0] : undefined;
  const resultDecl = returns && ts.isTypeReferenceNode(returns) ? known.get(returns.typeName.getText()) : undefined;
  const schema: FunctionSchema = {
    args: fn.parameters.length === 0 ? {} : argsDecl ? fieldsOf(argsDecl) : null,
    result: resultDecl ? resultFields(resultDecl) : null,
  };
  if (deprecated(fn)) schema.deprecated = true;
  return schema;
}

/** `export declare const CannedAcl: { readonly Private: "private"; ... }` → { Private: 'private', ... } */
function enumsOf(file: ts.SourceFile, into: Record<string, Record<string, string>>): void {
  file.forEachChild((node) => {
    if (!ts.isVariableStatement(node) || !isExported(node)) return;
    for (const decl of node.declarationList.declarations) {
      if (!decl.type || !ts.isTypeLiteralNode(decl.type)) continue;
      const members: Record<string, string> = {};
      for (const m of decl.type.members) {
        if (ts.isPropertySignature(m) && m.type && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal)) members[m.name.getText()] = m.type.literal.text;
      }
      if (Object.keys(members).length > 0) into[decl.name.getText()] = members;
    }
  });
}

/** Adds the classes and functions a module file declares (resources, mixins, data sources). */
function collectDeclarations(path: string, module: ModuleSchema): void {
  const file = parse(path);
  const known = interfaces(file);
  file.forEachChild((node) => {
    if (ts.isClassDeclaration(node) && node.name && isExported(node)) {
      module.resources[node.name.text] = resourceOf(node, known);
    } else if (ts.isFunctionDeclaration(node) && node.name && isExported(node) && !node.name.text.endsWith('Output')) {
      module.functions[node.name.text] = functionOf(node, known);
    }
  });
}

/** The files a module's index exports from: `typeof import("./bucket")`, `export * from "./s3Mixins"`, `export * from "../types/enums/s3"`. */
function exportedFiles(indexPath: string): string[] {
  const text = readFileSync(indexPath, 'utf8');
  const specs = new Set<string>();
  for (const m of text.matchAll(/import\("(\.[^"]+)"\)|export \* from "(\.[^"]+)"/g)) specs.add(m[1] ?? m[2]);
  return [...specs].map((spec) => {
    const base = join(dirname(indexPath), spec);
    return existsSync(`${base}.d.ts`) ? `${base}.d.ts` : join(base, 'index.d.ts');
  }).filter(existsSync);
}

function moduleSchema(indexPath: string, atRoot: boolean): ModuleSchema {
  const module: ModuleSchema = { resources: {}, functions: {}, enums: {}, types: {} };
  for (const path of exportedFiles(indexPath)) {
    if (path.includes('/types/enums/')) {
      enumsOf(parse(path), module.enums);
      continue;
    }
    // the root index imports every module's folder; those are modules of their own
    if (atRoot && path.endsWith('/index.d.ts')) continue;
    collectDeclarations(path, module);
  }
  return module;
}

/** `export declare namespace s3 { export interface BucketCorsRule {...} }` → types['s3.BucketCorsRule'] */
function inputTypes(path: string): Record<string, Fields> {
  const types: Record<string, Fields> = {};
  const file = parse(path);
  const add = (prefix: string, decl: ts.InterfaceDeclaration) => (types[prefix + decl.name.text] = fieldsOf(decl));
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) add('', node);
    if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body)) {
      const prefix = `${node.name.getText()}.`;
      for (const inner of node.body.statements) if (ts.isInterfaceDeclaration(inner)) add(prefix, inner);
    }
  });
  return types;
}

function generate(alias: string): SchemaTable {
  const root = join(ROOT, 'node_modules', '@pulumi', alias);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const index = readFileSync(join(root, 'index.d.ts'), 'utf8');
  const moduleNames = [...index.matchAll(/^import \* as (\w+) from "\.\/(\w+)";$/gm)].map((m) => m[1]).filter((name) => name !== 'types');
  const modules: Record<string, ModuleSchema> = { '': moduleSchema(join(root, 'index.d.ts'), true) };
  for (const name of moduleNames.sort()) modules[name] = moduleSchema(join(root, name, 'index.d.ts'), false);
  // each input type goes with its module (`s3.BucketCorsRule` with s3), the others with the root
  for (const [name, fields] of Object.entries(inputTypes(join(root, 'types', 'input.d.ts')))) {
    const prefix = name.includes('.') ? name.slice(0, name.indexOf('.')) : '';
    (modules[prefix] ?? modules['']).types[name] = fields;
  }
  return { package: pkg.name, version: pkg.version, modules };
}

/**
 * The table as JSON Lines: a header, then one `["<module>", {...}]` line per
 * module, so the runtime parses only the modules a program uses.
 */
function jsonLines(table: SchemaTable): string {
  const header = JSON.stringify({ package: table.package, version: table.version });
  return [header, ...Object.entries(table.modules).map((entry) => JSON.stringify(entry))].join('\n') + '\n';
}

/** `module.Class` for every class, and `module` for every module, of a table. */
function classNames(table: SchemaTable): Set<string> {
  const names = new Set<string>();
  for (const [module, schema] of Object.entries(table.modules)) {
    if (module) names.add(module);
    for (const name of Object.keys(schema.resources)) names.add(module ? `${module}.${name}` : name);
  }
  return names;
}

const tables = { 6: generate('aws-v6'), 7: generate('aws-v7') };
for (const [major, table] of Object.entries(tables)) {
  const path = join(OUT, `aws-schema-v${major}.jsonl`);
  writeFileSync(path, jsonLines(table));
  const resources = Object.values(table.modules).reduce((n, m) => n + Object.keys(m.resources).length, 0);
  const functions = Object.values(table.modules).reduce((n, m) => n + Object.keys(m.functions).length, 0);
  console.log(`${path}: ${table.package}@${table.version}, ${Object.keys(table.modules).length - 1} modules, ${resources} classes, ${functions} functions, ${Object.values(table.modules).reduce((n, m) => n + Object.keys(m.types).length, 0)} input types`);
}

// The modules and classes only one major has: enough to tell which major a program was written for.
const [v6, v7] = [classNames(tables[6]), classNames(tables[7])];
const exclusive: ExclusiveNames = {
  versions: { 6: tables[6].version, 7: tables[7].version },
  6: [...v6].filter((n) => !v7.has(n)).sort(),
  7: [...v7].filter((n) => !v6.has(n)).sort(),
};
writeFileSync(join(OUT, 'aws-schema-exclusive.json'), `${JSON.stringify(exclusive, null, 1)}\n`);
console.log(`aws-schema-exclusive.json: ${exclusive[6].length} names only in v6, ${exclusive[7].length} only in v7`);
