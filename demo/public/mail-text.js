// The text of a kept mail message, as the demo shows it to visitors: every http(s) address in it
// a link they can follow, so an invitation, an activation or a reset goes from the mail to its
// page. Built from text nodes and <a> elements, never parsed as HTML: the text is the mail's.

/** An http(s) address up to the next space; punctuation that ends a sentence is not part of it. */
const address = /https?:\/\/[^\s<>"]+/g;
const trailing = /[.,;:!?)\]'’]+$/;

/** The nodes of `body`: text as it is, each address an `<a href>` reading the address itself. */
export function mailText(body) {
  const nodes = [];
  let from = 0;
  for (const match of body.matchAll(address)) {
    const url = match[0].replace(trailing, '');
    nodes.push(document.createTextNode(body.slice(from, match.index)));
    const link = document.createElement('a');
    link.href = url;
    link.textContent = url;
    nodes.push(link);
    from = match.index + url.length;
  }
  nodes.push(document.createTextNode(body.slice(from)));
  return nodes;
}
