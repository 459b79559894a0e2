import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { galleryHostProperties, galleryViewStyles } from '../../internal/gallery-view.styles.js';
import { lightboxStyles } from '../../internal/lightbox/lightbox.styles.js';
import { clientPartsStyles } from './client-parts.styles.js';

export const galleryOverviewStyles = [
  hostStyles,
  galleryHostProperties,
  css`
    .studio {
      margin: 0;
    }
  `,
  galleryViewStyles,
  lightboxStyles,
  clientPartsStyles,
];
