import { css } from 'lit';

/**
 * The dialog box, for the element that holds a `<foyer-modal-dialog>`: its width follows the
 * holder's `--dialog-width`, its colors the holder's tokens.
 */
export const modalDialogStyles = css`
  dialog {
    width: min(var(--dialog-width, 36rem), calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    box-sizing: border-box;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
`;
