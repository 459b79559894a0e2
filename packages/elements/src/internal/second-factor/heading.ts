import { html, type TemplateResult } from 'lit';

/** The level of a step's heading: the holder places the steps under its own headings. */
export type HeadingLevel = 2 | 3 | 4;

/** A step's heading at the holder's level; focusable from script, so focus can move to a new step. */
export function renderHeading(level: HeadingLevel, id: string, text: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} class="step-heading" tabindex="-1">${text}</h2>`;
    case 3:
      return html`<h3 id=${id} class="step-heading" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 id=${id} class="step-heading" tabindex="-1">${text}</h4>`;
  }
}
