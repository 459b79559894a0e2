import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AccessScope, ReachedGallery } from '@foyer/schema';

/** Why an access opens a gallery, in words. */
export function reachReason(reached: ReachedGallery): string {
  if (reached.reason === 'added') return msg('added by hand');
  const via = reached.via?.title ?? '';
  return msg(str`reached through navigation from ${via}`);
}

/** Every gallery an access opens, with its place in the tree and the reason. */
export function renderReachList(reach: readonly ReachedGallery[], scope: AccessScope): TemplateResult {
  if (reach.length === 0) {
    return html`<p part="empty">${msg('This access opens no galleries yet. Add galleries to it below.')}</p>`;
  }
  return html`
    <ul part="reach" class="reach" role="list" aria-labelledby="reach-heading">
      ${reach.map(
        (r) => html`
          <li part="reach-item" data-gallery-id=${r.galleryId}>
            <span class="path">${r.path.join(' / ')}</span>
            <span class="reason" data-reason=${r.reason}>${reachReason(r)}</span>
          </li>
        `,
      )}
    </ul>
    <p class="hint">
      ${
        scope === 'explicit'
          ? msg('This access opens only the galleries added by hand.')
          : msg('Galleries reached through navigation follow the galleries’ setting “allow navigation into sub-galleries”.')
      }
    </p>
  `;
}
