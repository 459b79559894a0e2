import { css } from 'lit';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { adminFormStyles, adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const galleryManagerStyles = [
  hostStyles,
  adminPanelStyles,
  adminFormStyles,
  modalDialogStyles,
  css`
    :host {
      --dialog-width: 30rem;
      --thumbnail-size: 8rem;
      --tree-width: 16rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, var(--tree-width)) minmax(0, 1fr);
      gap: var(--gap);
      align-items: start;
    }
    @container (max-width: 40rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .tree-panel,
    .detail,
    .settings,
    .placement,
    .pictures,
    .uploads {
      display: grid;
      gap: calc(var(--gap) * 0.75);
      align-content: start;
    }
    .settings,
    .placement,
    .pictures {
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h4 {
      margin: 0;
    }
    .tree {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
    }
    .tree .tree {
      padding-inline-start: 1rem;
      margin-block-start: 0.25rem;
    }
    .tree-item {
      display: grid;
      width: 100%;
      text-align: start;
      padding: 0.45em 0.7em;
      color: var(--_text);
      font-weight: 400;
    }
    .tree-item[aria-current='true'] {
      border-color: var(--_accent);
      box-shadow: inset 4px 0 0 var(--_accent);
      font-weight: 600;
    }
    .tree-count {
      font-size: 0.8em;
    }
    button,
    .file-button {
      padding: 0.5em 1em;
    }
    .buttons button.danger,
    button.danger {
      background: var(--_danger);
      color: var(--_danger-text);
      border-color: transparent;
    }
    .check label {
      display: flex;
      gap: 0.5rem;
      align-items: start;
    }
    .hint {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    select {
      padding: 0.5em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .drop-zone {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      justify-content: center;
      padding: calc(var(--gap) * 1.5);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .drop-zone.dragging {
      border-color: var(--_accent);
    }
    .drop-zone p {
      margin: 0;
    }
    .file-button {
      position: relative;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    .file-button:focus-within {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .file-button input {
      position: absolute;
      inset: 0;
      opacity: 0;
      cursor: pointer;
    }
    .upload-list,
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .upload-list {
      display: grid;
      gap: 0.4rem;
    }
    .upload {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(6rem, 12rem) auto auto;
      gap: 0.5rem;
      align-items: center;
    }
    .upload-name {
      overflow-wrap: anywhere;
    }
    .upload-state {
      font-size: 0.85em;
      color: var(--_muted);
    }
    .upload-error {
      grid-column: 1 / -1;
    }
    .upload-total {
      margin: 0;
      font-weight: 600;
    }
    progress {
      width: 100%;
      accent-color: var(--_accent);
    }
    .items {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(var(--thumbnail-size), 1fr));
      gap: var(--gap);
    }
    .item {
      display: grid;
      gap: 0.35rem;
      align-content: start;
    }
    .thumbnail {
      width: 100%;
      height: auto;
      aspect-ratio: auto;
      object-fit: contain;
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .caption {
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .item .buttons button {
      padding: 0.3em 0.6em;
      font-size: 0.85em;
    }
    .cover-button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_accent-text);
    }
    #settings-heading:focus {
      outline: none;
    }
  `,
];
