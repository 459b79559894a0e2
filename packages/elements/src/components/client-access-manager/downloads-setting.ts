import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** The access form's checkbox that lets the client download the pictures. */
export function renderDownloadsField(downloads: boolean): TemplateResult {
  return html`
    <div part="field" class="field radio">
      <input part="checkbox" type="checkbox" id="access-downloads" name="downloads" .defaultChecked=${downloads} aria-describedby="access-downloads-hint" />
      <div>
        <label for="access-downloads">${msg('Allow downloads')}</label>
        <p class="hint" id="access-downloads-hint">${msg('The client can download each picture in full size, and a whole gallery as a ZIP file.')}</p>
      </div>
    </div>
  `;
}

/** Whether the access lets its client download, in words, for the access's facts. */
export function downloadsFact(downloads: boolean): TemplateResult {
  return html`<div><dt>${msg('Downloads')}</dt><dd>${downloads ? msg('Allowed') : msg('Not allowed')}</dd></div>`;
}
