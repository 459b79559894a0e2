// An esbuild plugin for the elements' build: esbuild minifies code but leaves the text of
// template literals as written, so every `html` and `css` template would ship with its
// source indentation. This collapses that whitespace in the static parts of templates
// tagged `html`, `svg` and `css` (found with TypeScript's parser, so strings and comments
// that merely look like templates are left alone):
// - html: a run of whitespace that holds a line break becomes one space, which renders the
//   same outside preformatted text (no template writes line breaks inside one);
// - css: outside quoted strings, comments go, runs of whitespace become one space, and
//   spaces next to { } ; , go.
// Expressions (`${…}`) and their values are untouched; `msg()` strings are not templates.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const tags = new Set(['html', 'svg', 'css']);

/** Whitespace not escaped by a backslash (an escape keeps the character after it). */
const htmlBreaks = /(?<!\\)\s*\n\s*/g;
const cssStrings = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/;
const cssComments = /\/\*[\s\S]*?\*\//g;
const cssSpaces = /(?<!\\)\s+/g;
const cssAroundPunctuation = /\s*([{};,])\s*/g;

export function minifyHtmlText(text) {
  return text.replace(htmlBreaks, ' ');
}

export function minifyCssText(text) {
  // split() with a capturing group alternates code (even places) and quoted strings (odd places).
  return text
    .split(cssStrings)
    .map((piece, index) => (index % 2 ? piece : piece.replace(cssComments, '').replace(cssSpaces, ' ').replace(cssAroundPunctuation, '$1')))
    .join('');
}

/** The module's source with its templates' static text minified; positions of code unchanged otherwise. */
export function minifyTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCssText : minifyHtmlText;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // A part's text sits between "`" or "}" and "`" or "${".
        const start = part.getStart(file) + 1;
        const closesTemplate = part.kind === ts.SyntaxKind.TemplateTail || part.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral;
        const end = part.getEnd() - (closesTemplate ? 1 : 2);
        const text = source.slice(start, end);
        const minified = minify(text);
        if (minified !== text) edits.push({ start, end, minified });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const { start, end, minified } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + minified + result.slice(end);
  }
  return result;
}

/** The plugin: applies minifyTemplates to the package's own TypeScript modules. */
export function minifyTemplatesPlugin() {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => ({
        contents: minifyTemplates(await readFile(path, 'utf8'), path),
        loader: 'ts',
      }));
    },
  };
}
