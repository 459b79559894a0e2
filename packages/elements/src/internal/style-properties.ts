import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names as CSS spells them (`height`, `--_row-height`), each with its value. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline style properties through the element's CSSOM (`style.setProperty`), from the first
 * render on. Lit's styleMap writes the `style` attribute on its first render, and a page whose
 * Content-Security-Policy has no 'unsafe-inline' for styles refuses that attribute, so the
 * element would lose the property there; the CSSOM is not governed by the policy.
 * Used on the element itself: `<div ${styleProperties({ height: '40px' })}>`.
 */
class StylePropertiesDirective extends Directive {
  #applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() belongs on an element: <div ${styleProperties({ … })}>.');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#applied) {
      if (properties[name] !== undefined) continue;
      style.removeProperty(name);
      this.#applied.delete(name);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#applied.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
