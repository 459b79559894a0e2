import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { galleryHostProperties, galleryViewStyles } from '../../internal/gallery-view.styles.js';
import { lightboxStyles } from '../../internal/lightbox/lightbox.styles.js';

export const galleryDirectLinkStyles = [
  hostStyles,
  galleryHostProperties,
  css`
    .studio {
      margin: 0 0 calc(var(--gap) / 2);
    }
  `,
  galleryViewStyles,
  lightboxStyles,
];
