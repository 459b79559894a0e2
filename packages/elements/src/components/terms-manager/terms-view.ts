import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TermsOverview } from '@foyer/schema';
import { acceptanceSentence, contactCount } from './terms-messages.js';

/** A moment as the person's locale writes it. */
function when(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The current terms: which version, when and by whom published, how many accepted it, and its text. */
export function renderCurrentTerms(overview: TermsOverview, locale: string): TemplateResult {
  const current = overview.current;
  if (!current) {
    return html`
      <section part="current" class="current" aria-labelledby="current-title">
        <h3 id="current-title" tabindex="-1">${msg('Current terms')}</h3>
        <p part="empty">${msg('No terms are published yet. Contacts accept the first version when they activate their account or sign in next.')}</p>
      </section>
    `;
  }
  const published = overview.versions.find((v) => v.version === current.version);
  const date = when(current.publishedAt, locale);
  return html`
    <section part="current" class="current" aria-labelledby="current-title">
      <h3 id="current-title" tabindex="-1">${msg(str`Current terms: version ${current.version}, “${current.title}”`)}</h3>
      <p part="published">
        ${published?.publishedBy ? msg(str`Published on ${date} by ${published.publishedBy}.`) : msg(str`Published on ${date}.`)}
      </p>
      <p part="acceptance" id="current-acceptance">${acceptanceSentence(overview.contacts.accepted, overview.contacts.total)}</p>
      <div part="text" class="text" role="region" tabindex="0" aria-label=${msg(str`Text of version ${current.version}`)}>${current.text}</div>
    </section>
  `;
}

/** The versions before the current one, newest first, each with how many contacts accepted it. */
export function renderEarlierVersions(overview: TermsOverview, locale: string): TemplateResult | typeof nothing {
  const earlier = overview.versions.filter((v) => v.version !== overview.current?.version);
  if (earlier.length === 0) return nothing;
  return html`
    <div class="table-wrap">
      <table part="versions" id="versions">
        <caption>${msg('Earlier versions')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Version')}</th>
            <th scope="col">${msg('Title')}</th>
            <th scope="col">${msg('Published')}</th>
            <th scope="col">${msg('Accepted by')}</th>
          </tr>
        </thead>
        <tbody>
          ${earlier.map(
            (v) => html`
              <tr part="version" data-version=${v.version}>
                <td>${v.version}</td>
                <td>${v.title}</td>
                <td>${v.publishedBy ? msg(str`${when(v.publishedAt, locale)} by ${v.publishedBy}`) : when(v.publishedAt, locale)}</td>
                <td>${contactCount(v.acceptedBy)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
