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

/** 'lambda_' → 'lambda': Python module segments escaped to avoid keywords. */
export function canonicalSegment(segment: string): string {
  return segment.endsWith('_') && !segment.startsWith('_') ? segment.slice(0, -1) : segment;
}

/** 'pulumi_aws' → 'aws', 'pulumi_aws.s3' → 'aws.s3', 'pulumi' → 'pulumi'. */
export function pythonPackageRoot(dotted: string): string | undefined {
  const [head, ...rest] = dotted.split('.');
  if (head === 'pulumi') return ['pulumi', ...rest].join('.');
  const match = /^pulumi_([a-z0-9_]+)$/.exec(head);
  if (!match) return undefined;
  return [match[1], ...rest.map(canonicalSegment)].join('.');
}
