import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { galleryViewStyles } from '../../internal/gallery-view.styles.js';

export const galleryDirectLinkStyles = [
  hostStyles,
  css`
    :host {
      --gap: var(--_space);
      --card-min-width: 14rem;
      --card-radius: var(--_radius);
      --card-background: var(--_raised);
      --cover-aspect-ratio: 4 / 3;
      --thumbnail-size: 10rem;
      --error-color: var(--_danger);
    }
    .studio {
      margin: 0 0 calc(var(--gap) / 2);
    }
  `,
  galleryViewStyles,
];
