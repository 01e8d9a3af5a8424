/**
 * The shape of AWS Region and Availability Zone names (`us-east-1`,
 * `us-gov-west-1`, `us-east-1a`), as programs write them in strings.
 */

/** A Region name, as a regular-expression source to embed in larger patterns. */
export const REGION_PATTERN = '(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov)?-[a-z]+-\\d';

const WHOLE_REGION = new RegExp(`^${REGION_PATTERN}$`);
const WHOLE_ZONE = new RegExp(`^(${REGION_PATTERN})[a-z]$`);

export function isRegionName(text: string): boolean {
  return WHOLE_REGION.test(text);
}

/** The Region of an Availability Zone name (`us-east-1a` → `us-east-1`); undefined for anything else. */
export function regionOfZone(text: string): string | undefined {
  return WHOLE_ZONE.exec(text)?.[1];
}
