import { css } from 'lit';

export default css`
  :host {
    --gap: var(--_space);
  }
  .detail {
    gap: var(--gap);
  }
  h3:focus {
    outline: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--gap) / 2);
    margin: 0;
  }
  .action-form,
  .comment,
  .history {
    display: grid;
    gap: calc(var(--gap) / 2);
  }
  .action-form {
    padding: var(--gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .action-form p {
    margin: 0;
  }
  .choice {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .history {
    padding-top: calc(var(--gap) / 2);
    border-top: 1px solid var(--_border);
  }
  .changes {
    display: grid;
    gap: calc(var(--gap) / 2);
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .change p {
    margin: 0;
  }
  .change-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actor {
    font-weight: 600;
  }
  .comment-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .comment label {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    font: inherit;
    resize: vertical;
  }
`;
