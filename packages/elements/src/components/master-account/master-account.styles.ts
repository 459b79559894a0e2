import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const masterAccountStyles = [
  hostStyles,
  adminPanelStyles,
  css`
    :host {
      --tab-color: var(--_muted);
      --tab-selected-color: var(--_accent);
      --tab-border-color: var(--_border);
    }
    .header {
      display: grid;
      gap: calc(var(--gap) / 2);
    }
    .accounts {
      display: grid;
      gap: 0.25rem;
    }
    .accounts h3 {
      font-size: 0.95em;
      color: var(--_muted);
    }
    .accounts ul {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .account {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.35rem 0.5rem 0.35rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .account-name {
      font-weight: 600;
    }
    .account-name + .muted {
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    button {
      padding: 0.35em 0.9em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    .tablist {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 1px solid var(--tab-border-color);
    }
    .tab {
      margin-bottom: -1px;
      padding: 0.6em 1em;
      border: 0;
      border-bottom: 3px solid transparent;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: none;
      color: var(--tab-color);
    }
    .tab:hover {
      color: var(--_text);
    }
    .tab[aria-selected='true'] {
      color: var(--tab-selected-color);
      border-bottom-color: var(--tab-selected-color);
    }
    .panel {
      display: grid;
      gap: var(--gap);
      border-radius: var(--_radius);
    }
    .panel[hidden] {
      display: none;
    }
  `,
];
