/**
 * Pulumi's Python SDK spells every property in snake_case and escapes
 * Python keywords with a trailing underscore (`lambda_`). The translation is
 * the generator's: an underscore before each upper-case letter that follows a
 * lower-case letter or digit, then lower case.
 */
export function camelToSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** 'alarm_name' → 'alarmName', 'lambda_' → 'lambda': the camelCase name a Python keyword argument stands for. */
export function snakeToCamel(name: string): string {
  return name.replace(/_+$/, '').replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** 'lambda_' → 'lambda': Python module segments escaped to avoid keywords. */
export function canonicalSegment(segment: string): string {
  return segment.endsWith('_') && !segment.startsWith('_') ? segment.slice(0, -1) : segment;
}

const PYTHON_KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** 'lambda' → 'lambda_': the reverse of canonicalSegment. */
export function escapedSegment(segment: string): string {
  return PYTHON_KEYWORDS.has(segment) ? `${segment}_` : segment;
}

/** 'pulumi_aws' → 'aws', 'pulumi_aws.s3' → 'aws.s3', 'pulumi' → 'pulumi'. */
export function pythonPackageRoot(dotted: string): string | undefined {
  const [head, ...rest] = dotted.split('.');
  if (head === 'pulumi') return ['pulumi', ...rest].join('.');
  const match = /^pulumi_([a-z0-9_]+)$/.exec(head);
  if (!match) return undefined;
  return [match[1], ...rest.map(canonicalSegment)].join('.');
}
