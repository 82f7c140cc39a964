// Polarity: whether an issue phrase names a matter or its removal ("presence in X" / "withdrawal from X"), and the
// stance a position found through a phrase takes on an issue named the other way.
import type { Stance } from '../types.ts';
import { alternation, perLexicon, type Lexicon } from '../lexicon/lexicon.ts';
import { comparisonForm } from '../text/normalise-name.ts';

const reversalOf = perLexicon((lexicon): RegExp => new RegExp(`\\b(?:${alternation(lexicon.reversalWords)})\\b`));

/** Whether the phrase names the removal or reversal of a matter: "withdrawal from X", "lifting of tariffs". */
export function isReversal(phrase: string, lexicon: Lexicon): boolean {
  return reversalOf(lexicon).test(comparisonForm(phrase));
}

/** Whether a phrase of an issue names the reverse of the issue's name: then it is an opposite, not an alias. */
export function reverses(phrase: string, issueName: string, lexicon: Lexicon): boolean {
  return isReversal(phrase, lexicon) !== isReversal(issueName, lexicon);
}

/** The stance on the reverse of a matter: demanding, accepting or proposing a withdrawal rejects the presence;
 * rejecting the withdrawal demands it ("welcomed the lifting of the blockade" is no acceptance of the blockade). */
export function flipStance(stance: Stance): Stance {
  return stance === 'rejects' ? 'demands' : 'rejects';
}
