import { css, unsafeCSS } from 'lit';

/**
 * A data table that becomes a list of cards where the element is too narrow for its columns
 * (a side panel, a phone): each row one card headed by its row header, each cell below with
 * its column's name (`data-label`). The element's own width decides, not the window's, so the
 * same element fits a wide page and a narrow column at once. The table keeps its roles
 * (`role="table"` and so on in the markup), so screen readers still read it as a table.
 *
 * `stackedTableStyles(width)`: below `width` the table is stacked.
 */
export function stackedTableStyles(width: string) {
  const below = unsafeCSS(width);
  return css`
    :host {
      container-type: inline-size;
    }
    @container (max-width: ${below}) {
      table.stackable,
      .stackable tbody,
      .stackable tr,
      .stackable th,
      .stackable td {
        display: block;
      }
      .stackable thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .stackable tbody tr {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--_border);
      }
      .stackable tbody th,
      .stackable tbody td {
        padding: 0.15rem 0;
        border: 0;
        white-space: normal;
        overflow-wrap: anywhere;
        text-align: start;
      }
      .stackable tbody th {
        font-size: 1.05em;
      }
      .stackable td[data-label]::before {
        content: attr(data-label);
        display: block;
        font-size: 0.8em;
        font-weight: 600;
        color: var(--_muted);
      }
      .stackable td:empty {
        display: none;
      }
    }
  `;
}
