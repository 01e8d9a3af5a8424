/**
 * The rule registry, in the order rules run on each pass.
 */
import type { Rule } from '../lib/rule';
import ecrDefaultEncryption from './ecr-default-encryption';

export const rules: readonly Rule[] = [ecrDefaultEncryption];
