/**
 * What an ES module exports, read from its tree: the names (values and
 * types), whether any of them exists at run time, and whether the list is
 * open (`export * from`, `export =`, CommonJS `exports`), in which case no
 * name can be said to be missing. Also the names the module declares at its
 * top level, exported or not.
 */
import type * as t from '@babel/types';
import { walk } from './walk';

export interface ModuleExports {
  /** every name the module exports; 'default' for a default export */
  names: Set<string>;
  /** whether some export is a value (something a re-export carries at run time), not only types */
  hasValues: boolean;
  /** whether the module may export names that are not listed */
  open: boolean;
  /** the names declared at the module's top level (classes, functions, variables, enums, types) */
  declared: Set<string>;
}

/** The names a binding pattern introduces: `a`, `{ a, b: c }`, `[a, ...rest]`. */
function patternNames(node: t.Node): string[] {
  switch (node.type) {
    case 'Identifier':
      return [node.name];
    case 'ObjectPattern':
      return node.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return node.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'RestElement':
      return patternNames(node.argument);
    case 'AssignmentPattern':
      return patternNames(node.left);
    default:
      return [];
  }
}

/** The names a declaration introduces, and whether they exist at run time. */
function declarationNames(node: t.Node): { names: string[]; value: boolean } {
  const declared = 'declare' in node && node.declare === true;
  switch (node.type) {
    case 'VariableDeclaration':
      return { names: node.declarations.flatMap((d) => patternNames(d.id)), value: !declared };
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSEnumDeclaration':
      return { names: node.id ? [node.id.name] : [], value: !declared };
    case 'TSModuleDeclaration':
      return { names: node.id.type === 'Identifier' ? [node.id.name] : [], value: !declared };
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSDeclareFunction':
      return { names: node.id ? [node.id.name] : [], value: false };
    default:
      return { names: [], value: false };
  }
}

function exportedName(node: t.Identifier | t.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** `module.exports`, `exports.x`, `exports` passed around: CommonJS exports the tree cannot list. */
function usesCommonJsExports(program: t.Program): boolean {
  let found = false;
  walk(program, (node, ancestors) => {
    if (found || node.type !== 'Identifier') return;
    const parent = ancestors[ancestors.length - 1];
    const isPropertyName = (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) || (parent?.type === 'ObjectProperty' && parent.key === node && !parent.computed);
    if (node.name === 'exports' && !isPropertyName) found = true;
    if (node.name === 'module' && parent?.type === 'MemberExpression' && parent.object === node && parent.property.type === 'Identifier' && parent.property.name === 'exports') found = true;
  });
  return found;
}

export function moduleExports(program: t.Program): ModuleExports {
  const result: ModuleExports = { names: new Set(), hasValues: false, open: false, declared: new Set() };
  const typeOnly = new Set<string>();
  /** `export { a as b }` entries: whether they carry a value is known once every declaration is seen */
  const localExports: { local: string; exported: string; typeExport: boolean }[] = [];
  const add = (name: string, value: boolean) => {
    result.names.add(name);
    if (value) result.hasValues = true;
  };
  const declare = (node: t.Node) => {
    const { names, value } = declarationNames(node);
    for (const name of names) {
      result.declared.add(name);
      if (!value) typeOnly.add(name);
    }
    return { names, value };
  };
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ExportNamedDeclaration': {
        if (statement.declaration) {
          const { names, value } = declare(statement.declaration);
          for (const name of names) add(name, value && statement.exportKind !== 'type');
        }
        for (const spec of statement.specifiers) {
          const typeExport = statement.exportKind === 'type' || (spec.type === 'ExportSpecifier' && spec.exportKind === 'type');
          if (spec.type === 'ExportSpecifier' && !statement.source) localExports.push({ local: spec.local.name, exported: exportedName(spec.exported), typeExport });
          else add(exportedName(spec.exported), !typeExport);
        }
        break;
      }
      case 'ExportDefaultDeclaration':
        declare(statement.declaration);
        add('default', true);
        break;
      case 'ExportAllDeclaration':
      case 'TSExportAssignment':
        result.open = true;
        break;
      default:
        declare(statement);
    }
  }
  for (const { local, exported, typeExport } of localExports) add(exported, !typeExport && !typeOnly.has(local));
  if (usesCommonJsExports(program)) result.open = true;
  return result;
}
