/**
 * Writing a generated password: a `random.RandomPassword` (@pulumi/random,
 * `pulumi_random`) declared before the statement that needs it, with the
 * import added when the file does not import the package yet. For the rules
 * that replace a password the program should not hold.
 */
import type { Language } from '../rule';
import type { Edit } from '../text/edits';
import type { PulumiFile, Value } from './model';
import { addImport, importStatement, lastImport } from './imports';
import { unusedIdentifier, type NewResource } from './placement';

/** The package a program must add to its dependencies to use RandomPassword. */
export const RANDOM_PACKAGE: Record<Language, string> = { ts: '@pulumi/random', py: 'pulumi-random' };

/** How long a generated password is and which special characters it may hold. */
export interface PasswordShape {
  length: number;
  specials: string;
}

/**
 * RDS and DocumentDB master passwords: printable ASCII without `/`, `'`, `"`,
 * `@` or spaces, at most 30 characters for Oracle and 41 for MySQL and
 * MariaDB (RDS User Guide, "Naming constraints in Amazon RDS"); 30 fits every
 * engine.
 */
export const DATABASE_PASSWORD: PasswordShape = { length: 30, specials: '!#$%&*()-_=+[]{}<>:?' };

/** ElastiCache AUTH tokens: 16 to 128 printable characters, of the specials only `! & # $ ^ < > -` (ElastiCache User Guide, "Authenticating with the Redis AUTH command"). */
export const AUTH_TOKEN: PasswordShape = { length: 32, specials: '!&#$^<>-' };

/** The arguments of a RandomPassword of the given shape, in the file's language. */
export function randomPasswordArgs(shape: PasswordShape, quote: string, language: Language): [string, string][] {
  return [
    ['length', String(shape.length)],
    ['special', language === 'ts' ? 'true' : 'True'],
    ['overrideSpecial', `${quote}${shape.specials}${quote}`],
  ];
}

/** A RandomPassword construction for `writeResource`. */
export function randomPasswordResource(className: string, variable: string, logicalName: string, shape: PasswordShape, quote: string, options: [string, string][], language: Language): NewResource {
  return { variable, className, logicalName, args: randomPasswordArgs(shape, quote, language), options };
}

/**
 * How the file names `random.RandomPassword`, and the import to add when it
 * does not import @pulumi/random yet (after its last top-level import);
 * undefined when the file has no import to put it after.
 */
export function randomPasswordClass(pulumi: PulumiFile, source: string, anywhere: Value): { name: string; edits: Edit[] } | undefined {
  const spelled = pulumi.imports('random') ? pulumi.spell('random.RandomPassword') : undefined;
  if (spelled) return { name: spelled, edits: [] };
  const last = lastImport(anywhere, pulumi.language);
  if (!last) return undefined;
  // `import random` (Python's standard library) or a variable may hold the usual name
  const free = unusedIdentifier(pulumi, source, 'random') === 'random';
  const local = free ? 'random' : pulumi.language === 'ts' ? unusedIdentifier(pulumi, source, 'pulumiRandom') : 'pulumi_random';
  const statement = pulumi.language === 'py' ? importStatement(source, last, 'py', 'pulumi_random', local === 'random' ? 'random' : 'pulumi_random') : importStatement(source, last, 'ts', RANDOM_PACKAGE.ts, local);
  return { name: `${local}.RandomPassword`, edits: [addImport(source, anywhere, pulumi.language, statement)] };
}
