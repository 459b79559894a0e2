import { expect } from '@open-wc/testing';
import { marketplaceErrors, type ErrorCode } from '@foyer/schema';
import type { FoyerErrorInfo } from '@foyer/client';
import { errorSentence, errorSentenceWithWait } from './messages.js';

const refusal = (code: ErrorCode, details?: Record<string, unknown>): FoyerErrorInfo => ({ code, message: 'the server’s own words', fieldErrors: {}, details });

describe('error sentences', () => {
  it('every marketplace refusal has a sentence of the elements’ own, to be translated', () => {
    const fallingBack = Object.keys(marketplaceErrors).filter((code) => errorSentence(refusal(code as ErrorCode)) === 'the server’s own words');
    expect(fallingBack).to.deep.equal([]);
  });

  it('accounts that are not linked are named', () => {
    expect(errorSentence(refusal('ACCOUNTS_NOT_LINKED', { accounts: ['apex-apps', 'bright-books'] }))).to.equal(
      'These accounts are not linked to this master account: apex-apps, bright-books.',
    );
    expect(errorSentence(refusal('ACCOUNTS_NOT_LINKED'))).to.equal('Some of these accounts are not linked to this master account.');
  });

  it('a throttled attempt says how long to wait, in seconds, minutes or hours', () => {
    expect(errorSentenceWithWait(refusal('SIGN_IN_THROTTLED', { retryAfterSeconds: 1 }))).to.equal('Too many attempts. Try again in 1 second.');
    expect(errorSentenceWithWait(refusal('SIGN_IN_THROTTLED', { retryAfterSeconds: 42 }))).to.equal('Too many attempts. Try again in 42 seconds.');
    expect(errorSentenceWithWait(refusal('RATE_LIMITED', { retryAfterSeconds: 59.2 }))).to.equal('Too many attempts. Try again in 1 minute.');
    expect(errorSentenceWithWait(refusal('RATE_LIMITED', { retryAfterSeconds: 61 }))).to.equal('Too many attempts. Try again in 2 minutes.');
    expect(errorSentenceWithWait(refusal('SECOND_FACTOR_THROTTLED', { retryAfterSeconds: 900 }))).to.equal('Too many wrong codes. Try again in 15 minutes.');
    expect(errorSentenceWithWait(refusal('RATE_LIMITED', { retryAfterSeconds: 3 * 3600 }))).to.equal('Too many attempts. Try again in 3 hours.');
  });

  it('without a wait, or for any other refusal, it says what errorSentence says', () => {
    expect(errorSentenceWithWait(refusal('SIGN_IN_THROTTLED'))).to.equal('Too many attempts. Wait a few minutes and try again.');
    expect(errorSentenceWithWait(refusal('SELLER_SIGN_IN_WRONG', { retryAfterSeconds: 5 }))).to.equal('The nickname or the password is not correct.');
  });
});
