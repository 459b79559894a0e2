import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export interface CommentBoxOptions {
  /** Why the last comment was refused, or that there was none to add. */
  error: string;
  pending: boolean;
  onSubmit: (event: SubmitEvent) => void;
}

/** The box a comment is written in; it is kept in the ticket's history under the person's name. */
export function renderCommentBox(o: CommentBoxOptions): TemplateResult {
  return html`
    <form part="comment" class="comment" novalidate @submit=${o.onSubmit}>
      <label for="comment-text">${msg('Add a comment')}</label>
      <textarea
        part="input"
        id="comment-text"
        name="text"
        rows="3"
        aria-describedby=${o.error ? 'comment-hint comment-error' : 'comment-hint'}
        aria-invalid=${o.error ? 'true' : nothing}
      ></textarea>
      <span class="hint" id="comment-hint">${msg('The comment is kept in the ticket’s history under your name.')}</span>
      ${o.error ? html`<span part="error" id="comment-error" role="alert">${o.error}</span>` : nothing}
      <div class="buttons">
        <button part="button button-primary" class="primary" type="submit" ?disabled=${o.pending}>${msg('Add comment')}</button>
      </div>
    </form>
  `;
}
