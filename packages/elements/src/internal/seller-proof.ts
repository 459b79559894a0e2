import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { errorSentence, errorSentenceWithWait } from './messages.js';

/**
 * The sign-in of a seller account that proves control of it: its nickname and its owner's
 * password, and the authenticator code once the server says the owner has a second factor.
 * Opening a master account and "Add account" both ask for it.
 */
export type SellerProofField = 'nickname' | 'password' | 'code';

export interface SellerProof {
  nickname: string;
  password: string;
  code?: string;
}

export interface SellerProofProblem {
  sentence: string;
  /** The field to correct, focused (and selected) after the sentence is shown; null for none. */
  field: SellerProofField | null;
  /** The server asked for the owner's authenticator code: the code field appears. */
  askCode: boolean;
}

export interface SellerProofFieldsOptions {
  /** Prefix of the fields' ids, unique in the element's shadow root. */
  idPrefix: string;
  codeAsked: boolean;
  /** The field the sentence under the form is about: marked invalid and described by it. */
  invalid: SellerProofField | null;
  /** The id of that sentence. */
  errorId: string;
}

/** The nickname, the password and, once asked for, the code, each labelled and tied to the form's sentence. */
export function renderSellerProofFields(o: SellerProofFieldsOptions): TemplateResult {
  const input = (field: SellerProofField, label: string, type: string, autocomplete: string, hint?: string) => {
    const id = `${o.idPrefix}-${field}`;
    const described = [hint ? `${id}-hint` : '', o.errorId].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label part="label" for=${id}>${label}</label>
        <input
          part="input"
          id=${id}
          name=${field}
          type=${type}
          autocomplete=${autocomplete}
          autocapitalize="off"
          spellcheck="false"
          inputmode=${field === 'code' ? 'numeric' : nothing}
          aria-invalid=${o.invalid === field ? 'true' : 'false'}
          aria-describedby=${described}
        />
        ${hint ? html`<p part="hint" class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      </div>
    `;
  };
  return html`
    ${input('nickname', msg('Nickname of the seller account'), 'text', 'off')}
    ${input('password', msg('Password of the seller account'), 'password', 'off')}
    ${o.codeAsked ? input('code', msg('Code from the authenticator app of the account’s owner'), 'text', 'one-time-code', msg('The 6 digits the app shows now.')) : nothing}
  `;
}

/** The proof typed into a form, or what is missing from it. */
export function readSellerProof(form: HTMLFormElement, codeAsked: boolean): SellerProof | SellerProofProblem {
  const data = new FormData(form);
  const nickname = String(data.get('nickname') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const code = String(data.get('code') ?? '').replace(/\s+/g, '');
  if (!nickname) return { sentence: msg('Enter the nickname of the seller account.'), field: 'nickname', askCode: codeAsked };
  if (!password) return { sentence: msg('Enter the password of the seller account.'), field: 'password', askCode: codeAsked };
  if (codeAsked && !code) return { sentence: msg('Enter the code from the authenticator app.'), field: 'code', askCode: true };
  return code ? { nickname, password, code } : { nickname, password };
}

export function isSellerProof(read: SellerProof | SellerProofProblem): read is SellerProof {
  return 'nickname' in read;
}

/**
 * What the person is told when the server refused the proof. A nickname without an account and
 * a wrong password get one and the same sentence, as the server answers them alike; so does a
 * nickname that could be no account's (its form alone is wrong).
 */
export function sellerProofRefusal(info: FoyerErrorInfo, codeAsked: boolean): SellerProofProblem {
  switch (info.code) {
    case 'SELLER_SIGN_IN_WRONG':
      return { sentence: errorSentence(info), field: 'password', askCode: codeAsked };
    case 'SELLER_SECOND_FACTOR_REQUIRED':
      return { sentence: errorSentence(info), field: 'code', askCode: true };
    case 'WRONG_SECOND_FACTOR_CODE':
      return { sentence: errorSentence(info), field: 'code', askCode: true };
    case 'INVALID_INPUT':
      if (info.fieldErrors.code) return { sentence: msg('Enter the 6 digits from the authenticator app.'), field: 'code', askCode: true };
      if (info.fieldErrors.nickname || info.fieldErrors.password) {
        return { sentence: errorSentence({ ...info, code: 'SELLER_SIGN_IN_WRONG' }), field: 'password', askCode: codeAsked };
      }
      return { sentence: errorSentence(info), field: null, askCode: codeAsked };
    default:
      return { sentence: errorSentenceWithWait(info), field: null, askCode: codeAsked };
  }
}
