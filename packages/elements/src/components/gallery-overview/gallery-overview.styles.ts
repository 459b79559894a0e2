import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { galleryHostProperties, galleryViewStyles } from '../../internal/gallery-view.styles.js';

export const galleryOverviewStyles = [
  hostStyles,
  galleryHostProperties,
  css`
    .studio {
      margin: 0;
    }
  `,
  galleryViewStyles,
];
