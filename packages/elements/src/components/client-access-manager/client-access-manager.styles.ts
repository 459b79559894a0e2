import { css } from 'lit';

export default css`
  :host {
    --status-active-color: var(--_success);
    --status-disabled-color: var(--_muted);
    --status-expired-color: var(--_danger);
    --code-font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    --code-font-size: 1.25em;
    --indent: 1.5rem;
    --dialog-width: 40rem;
    --preview-height: 70vh;
  }

  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  h3:focus,
  h4:focus {
    outline: none;
  }

  .base {
    display: grid;
    gap: var(--_space);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  .message:empty {
    display: none;
  }
  .message {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
    border-inline-start: 4px solid var(--_success);
  }

  .hint,
  .muted,
  .optional {
    color: var(--_muted);
  }
  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.9em;
  }

  [part~='error'] {
    color: var(--_danger);
    margin: 0.25rem 0 0;
  }
  [part~='empty'],
  [part~='loading'] {
    color: var(--_muted);
    margin: 0;
  }

  /* Buttons and the mail program link share one look. */
  button,
  a.button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.5rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-decoration: none;
    line-height: 1.2;
  }
  button:hover,
  a.button:hover {
    background: var(--_raised);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_danger-text);
  }
  button.primary:hover,
  button.danger:hover {
    filter: brightness(0.92);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .back {
    justify-self: start;
    border-color: transparent;
    padding-inline: 0.25rem;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }

  /* The list */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem 0.6rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  thead th {
    font-size: 0.85em;
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.email {
    overflow-wrap: anywhere;
    min-width: 8rem;
  }
  td.nowrap,
  td button,
  [part~='code-hint'] {
    white-space: nowrap;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
  }
  .status .dot {
    width: 0.65em;
    height: 0.65em;
    border-radius: 50%;
    background: var(--status-active-color);
  }
  .status[data-status='disabled'] .dot {
    background: transparent;
    border: 2px solid var(--status-disabled-color);
  }
  .status[data-status='expired'] .dot {
    border-radius: 0;
    background: var(--status-expired-color);
  }

  code {
    font-family: var(--code-font-family);
  }

  /* One access */
  .detail {
    display: grid;
    gap: var(--_space);
  }
  .detail-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  .detail-head + .hint {
    margin-top: calc(var(--_space) / -1.5);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .facts dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts dd .muted {
    display: block;
    font-size: 0.85em;
  }
  .facts .note {
    white-space: pre-line;
  }

  .share {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .share p {
    margin: 0;
  }
  .code {
    display: inline-block;
    font-size: var(--code-font-size);
    padding: 0.3em 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border: 1px solid var(--_border);
    user-select: all;
    overflow-wrap: anywhere;
  }

  .reach-section {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .reach {
    list-style: none;
    margin: 0;
    padding: 0;
    width: 100%;
  }
  .reach li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    padding: 0.45rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .reach .reason {
    color: var(--_muted);
  }

  /* Forms */
  .form {
    display: grid;
    gap: var(--_space);
    max-width: 42rem;
    width: 100%;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .optional {
    font-weight: normal;
  }
  input:not([type='checkbox'], [type='radio']),
  textarea {
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .radio {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.25rem 0;
  }
  .radio input {
    margin-top: 0.3rem;
  }

  /* The gallery chooser */
  .chooser {
    display: grid;
    gap: 0.5rem;
    width: 100%;
    box-sizing: border-box;
  }
  .chooser ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chooser ul ul {
    padding-inline-start: var(--indent);
    border-inline-start: 1px dashed var(--_border);
    margin-inline-start: 0.6rem;
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.2rem 0;
  }
  .choice label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: normal;
  }
  .gallery-facts {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .tag {
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text);
  }

  /* Dialog content (the box itself is the modal dialog's) */
  .dialog-form {
    display: grid;
    gap: var(--_space);
  }
  .dialog-form p {
    margin: 0;
  }
  #preview-dialog {
    --dialog-width: 72rem;
  }
  .dialog-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .preview {
    margin-top: var(--_space);
    min-height: 12rem;
    max-height: var(--preview-height);
    overflow: auto;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
