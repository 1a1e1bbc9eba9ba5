import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

// zxcvbn-ts with its common-password and keyboard-pattern lists; score 3 means "safely unguessable"
// (about 10^8 guesses or more), what zxcvbn's authors advise as the least for an online account.
const zxcvbn = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });

export const minPasswordLength = 12;

/** Why a new password is refused, or null when it is strong enough. */
export function passwordWeakness(password: string, context: { email?: string; name?: string } = {}): string | null {
  if ([...password].length < minPasswordLength) return `Choose at least ${minPasswordLength} characters.`;
  const userInputs = [context.email, context.email?.split('@')[0], context.name].filter((v): v is string => !!v);
  const { score } = zxcvbn.check(password, userInputs);
  if (score < 3)
    return 'This password is too easy to guess (a common password, a pattern or a repetition). Choose another.';
  return null;
}
