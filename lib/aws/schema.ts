/**
 * The AWS provider's own schema, per major version, as the rules ask about
 * it: does `aws.<module>.<Name>` exist, which arguments does a resource or an
 * input type accept. The tables are generated from @pulumi/aws's type
 * definitions (scripts/generate-aws-schema.ts) and loaded on first use, one
 * major at a time, and within it one module at a time: a program pays for
 * the modules it uses.
 *
 * Python names are derived through Pulumi's naming translation: arguments
 * and functions in snake_case (`alarmName` → `alarm_name`, `getRegion` →
 * `get_region`), keyword-escaped with a trailing underscore (`lambda_`),
 * input types as `<Type>Args` (and `<Type>ArgsDict`), resource arguments as
 * `<Resource>Args`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { camelToSnake, escapedSegment } from '../pulumi/py/names';
import type { Language } from '../rule';
import { decodeField, type FieldInfo, type Fields, type ModuleSchema } from './schema-table';

export type Major = 6 | 7;

/** The Python SDK's spelling of a camelCase argument or function name. */
export function pythonName(camel: string): string {
  return escapedSegment(camelToSnake(camel));
}

/** The table files sit in lib/aws/generated; from dist/lib/aws, that is three levels up. */
function tablePath(major: Major): string {
  const name = `aws-schema-v${major}.jsonl`;
  const beside = join(__dirname, 'generated', name);
  return existsSync(beside) ? beside : join(__dirname, '..', '..', '..', 'lib', 'aws', 'generated', name);
}

/** What a name under a module is. */
export type NameKind = 'resource' | 'function' | 'enum' | 'args' | 'type';

export class ProviderSchema {
  private snakeIndex = new WeakMap<Fields, Map<string, string>>();
  private readonly header: { package: string; version: string };
  /** module name → its line of the table, parsed on first use */
  private readonly lines = new Map<string, string>();
  private readonly parsed = new Map<string, ModuleSchema>();

  /** `text`: the JSON Lines table (see schema-table.ts) */
  constructor(
    readonly major: Major,
    text: string,
  ) {
    const [header, ...lines] = text.split('\n');
    this.header = JSON.parse(header) as { package: string; version: string };
    for (const line of lines) {
      const name = /^\["([^"]*)",/.exec(line)?.[1];
      if (name !== undefined) this.lines.set(name, line);
    }
  }

  /** '@pulumi/aws 7.48.0' */
  get label(): string {
    return `${this.header.package} ${this.header.version}`;
  }

  moduleNames(): string[] {
    return [...this.lines.keys()].filter(Boolean);
  }

  module(name: string): ModuleSchema | undefined {
    let module = this.parsed.get(name);
    const line = this.lines.get(name);
    if (!module && line) {
      module = (JSON.parse(line) as [string, ModuleSchema])[1];
      this.parsed.set(name, module);
    }
    return module;
  }

  /** Every name the module exports, as a program in `language` writes it. */
  exportedNames(module: string, language: Language): string[] {
    const m = this.module(module);
    if (!m) return [];
    const functions = Object.keys(m.functions).flatMap((f) => [f, `${f}Output`]);
    return [
      ...Object.keys(m.resources),
      ...Object.keys(m.enums),
      ...(language === 'py' ? functions.map(pythonName) : functions),
      ...(language === 'py' ? this.resultClasses(module) : []),
      ...(language === 'py' ? Object.keys(m.resources).map((r) => `${r}Args`) : []),
      ...(language === 'py' ? this.typeNames(module).flatMap((t) => [`${t}Args`, `${t}ArgsDict`]) : []),
    ];
  }

  /** What `aws.<module>.<name>` is; undefined when the module does not export it. */
  kindOf(module: string, name: string, language: Language): NameKind | undefined {
    const m = this.module(module);
    if (!m) return undefined;
    if (m.resources[name]) return 'resource';
    if (m.enums[name]) return 'enum';
    if (this.functionName(module, name, language)) return 'function';
    if (language === 'py') {
      if (this.resultClasses(module).includes(name)) return 'type';
      const base = name.replace(/Args(Dict)?$/, '');
      if (base !== name && m.resources[base] && !name.endsWith('Dict')) return 'args';
      if (base !== name && this.inputType(module ? `${module}.${base}` : base)) return 'type';
    }
    return undefined;
  }

  /** The camelCase function a program's name refers to (`get_region_output` → `getRegion`). */
  functionName(module: string, name: string, language: Language): string | undefined {
    const m = this.module(module);
    if (!m) return undefined;
    for (const f of Object.keys(m.functions)) {
      for (const variant of [f, `${f}Output`]) if ((language === 'py' ? pythonName(variant) : variant) === name) return f;
    }
    return undefined;
  }

  /** The input arguments of a resource class; undefined when unknown or not readable. */
  resourceArgs(module: string, className: string): Fields | undefined {
    return this.module(module)?.resources[className]?.args ?? undefined;
  }

  /** The fields of the input type `s3.BucketCorsRule`. */
  inputType(name: string): Fields | undefined {
    const prefix = name.includes('.') ? name.slice(0, name.indexOf('.')) : '';
    return this.module(prefix)?.types[name] ?? this.module('')?.types[name];
  }

  /** The input type a Python `*Args` class names: `aws.s3.BucketVersioningArgs` → its fields. */
  argsClass(module: string, className: string): Fields | undefined {
    const base = className.replace(/Args(Dict)?$/, '');
    if (base === className) return undefined;
    return this.resourceArgs(module, base) ?? this.inputType(module ? `${module}.${base}` : base);
  }

  /**
   * The camelCase field a key as written in a program refers to
   * (`alarm_name` → `alarmName` in Python), and what it is; undefined when the
   * fields have no such key. A Python dict's keys (`dictKey`) may also be
   * written in camelCase: the SDK passes keys it does not translate through
   * unchanged, and camelCase is the name on the wire.
   */
  field(fields: Fields, key: string, language: Language, dictKey = false): { name: string; info: FieldInfo } | undefined {
    const exact = key in fields ? key : undefined;
    const name = language === 'py' ? (this.snakeToField(fields).get(key) ?? (dictKey ? exact : undefined)) : exact;
    return name === undefined ? undefined : { name, info: decodeField(fields[name]) };
  }

  private snakeToField(fields: Fields): Map<string, string> {
    let index = this.snakeIndex.get(fields);
    if (!index) {
      index = new Map(Object.keys(fields).map((f) => [pythonName(f), f]));
      this.snakeIndex.set(fields, index);
    }
    return index;
  }

  /** Python's result classes of the data sources: `GetAmiResult`, `AwaitableGetAmiResult`. */
  private resultClasses(module: string): string[] {
    const m = this.module(module);
    if (!m) return [];
    return Object.entries(m.functions)
      .filter(([, f]) => f.result)
      .flatMap(([name]) => {
        const result = `${name[0].toUpperCase()}${name.slice(1)}Result`;
        return [result, `Awaitable${result}`];
      });
  }

  /** An enum's member names as the language spells them (Python: `Python3d11` → `PYTHON3D11`). */
  enumMembers(module: string, name: string, language: Language): string[] {
    const members = Object.keys(this.module(module)?.enums[name] ?? {});
    return language === 'py' ? members.map((m) => camelToSnake(m).toUpperCase()) : members;
  }

  private typeNames(module: string): string[] {
    const prefix = module ? `${module}.` : '';
    return Object.keys(this.module(module)?.types ?? {})
      .filter((t) => t.startsWith(prefix) && !t.slice(prefix.length).includes('.'))
      .map((t) => t.slice(prefix.length));
  }
}

const loaded = new Map<Major, ProviderSchema>();

export function providerSchema(major: Major): ProviderSchema {
  let schema = loaded.get(major);
  if (!schema) {
    schema = new ProviderSchema(major, readFileSync(tablePath(major), 'utf8'));
    loaded.set(major, schema);
  }
  return schema;
}
