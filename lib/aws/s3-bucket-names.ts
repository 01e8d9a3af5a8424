/**
 * S3 general-purpose bucket naming rules (FACTS.md §2.1, from the S3 User
 * Guide's "General purpose bucket naming rules") and the limits Pulumi's
 * autonaming and Terraform's `bucket_prefix` add on top (§2.2). Pure string
 * questions: what a name breaks, and its closest valid spelling.
 */

export const BUCKET_NAME_MAX = 63;
/** `bucketPrefix`: "must be lowercase and less than or equal to 37 characters" */
export const BUCKET_PREFIX_MAX = 37;
/** Pulumi appends "-" and 7 hex characters to the lowercased logical name, and fails past 63 */
export const LOGICAL_NAME_MAX = BUCKET_NAME_MAX - 8;

const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * What a name is: a whole bucket name, a prefix (the provider appends a
 * unique suffix, so it may end in "-"), or a Pulumi logical name (which is
 * lowercased and followed by "-" and 7 hex characters).
 */
export type NameRole = 'bucket' | 'prefix' | 'logical';

/** Where a piece of text sits in the name it belongs to (a template's literal parts sit between interpolations). */
export interface Edges {
  atStart: boolean;
  atEnd: boolean;
}

const WHOLE: Edges = { atStart: true, atEnd: true };

export function maxLength(role: NameRole): number {
  return role === 'bucket' ? BUCKET_NAME_MAX : role === 'prefix' ? BUCKET_PREFIX_MAX : LOGICAL_NAME_MAX;
}

/** Uppercase is fine in a logical name (Pulumi lowercases it) and in text that is lowercased as a whole. */
function invalidCharacters(text: string, keepCase: boolean): string[] {
  const invalid = keepCase ? /[^A-Za-z0-9.-]/g : /[^a-z0-9.-]/g;
  return [...new Set(text.match(invalid) ?? [])];
}

/** Only a whole bucket name must end with a letter or digit; the others are followed by a generated suffix. */
function badEnd(text: string, role: NameRole): boolean {
  return role === 'bucket' ? /[.-]$/.test(text) : /\.$/.test(text);
}

/**
 * The naming rules a piece of a name breaks, in words ([] when none). The
 * length is checked only on whole names.
 */
export function namingProblems(text: string, role: NameRole, options: { keepCase?: boolean; edges?: Edges } = {}): string[] {
  const edges = options.edges ?? WHOLE;
  const keepCase = options.keepCase ?? role === 'logical';
  const problems: string[] = [];
  const invalid = invalidCharacters(text, keepCase);
  if (invalid.some((c) => /[A-Z]/.test(c))) problems.push('uppercase letters');
  const others = invalid.filter((c) => !/[A-Z]/.test(c));
  if (others.length > 0) problems.push(`invalid characters ${others.map((c) => JSON.stringify(c)).join(' ')}`);
  if (text.includes('..')) problems.push('".." (two adjacent periods)');
  if (edges.atStart && /^[.-]/.test(text)) problems.push(`a leading "${text[0]}"`);
  if (edges.atEnd && badEnd(text, role)) problems.push(`a trailing "${text[text.length - 1]}"`);
  if (edges === WHOLE && text.length > maxLength(role)) problems.push(`more than ${maxLength(role)} characters`);
  return problems;
}

/**
 * Why S3 rejects a name in a way that has no mechanical repair (a reserved
 * prefix or suffix, an IP address, too short); undefined when none applies.
 * Checked on the lowercased text. A trailing "-an" is not among them: FACTS
 * §2.1 marks its rejection UNCONFIRMED.
 */
export function unrepairableReason(text: string, role: NameRole): string | undefined {
  const name = text.toLowerCase();
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `names may not start with the reserved prefix "${prefix}"`;
  if (role !== 'bucket') return undefined;
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `names may not end with the reserved suffix "${suffix}"`;
  if (IPV4.test(name)) return 'names may not be formatted as an IP address';
  if (name.length < 3) return 'names must be at least 3 characters long';
  return undefined;
}

/**
 * Lowercases (unless keepCase), turns every other invalid character into
 * "-", merges runs of "." and "-" (into "-" when the run holds one, else
 * ".") and trims "." and "-" where the name starts or must end.
 */
export function repairText(text: string, role: NameRole, options: { keepCase?: boolean; edges?: Edges } = {}): string {
  const edges = options.edges ?? WHOLE;
  const keepCase = options.keepCase ?? role === 'logical';
  let out = (keepCase ? text : text.toLowerCase()).replace(keepCase ? /[^A-Za-z0-9.-]/g : /[^a-z0-9.-]/g, '-');
  out = out.replace(/[.-]{2,}/g, (run) => (run.includes('-') ? '-' : '.'));
  if (edges.atStart) out = out.replace(/^[.-]+/, '');
  if (edges.atEnd) out = trimEnd(out, role);
  return out;
}

function trimEnd(text: string, role: NameRole): string {
  return text.replace(role === 'bucket' ? /[.-]+$/ : /\.+$/, '');
}

/** The closest valid spelling of a whole name: repaired, cut to the role's length, and trimmed again. */
export function repairName(name: string, role: NameRole, options: { keepCase?: boolean } = {}): string {
  const repaired = repairText(name, role, options);
  return repaired.length > maxLength(role) ? trimEnd(repaired.slice(0, maxLength(role)), role) : repaired;
}
