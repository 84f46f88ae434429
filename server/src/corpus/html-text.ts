import { parseDocument } from 'htmlparser2';

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];

/** What a reader never sees as the page's text: its head (title, metadata), scripts, styles and templates. */
const NOT_READ = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg']);

/**
 * Elements a browser lays out as blocks (and table cells, each its own box): their text ends a
 * line, so that `<p>A.</p><p>B</p>` reads as two sentences, not "A.B", and a heading or a list
 * item stands on its own line as it does in plain text and Markdown.
 */
const BLOCKS = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * The text of an HTML document as a reader sees it: tags, head, scripts and styles gone; runs of
 * spaces and source line breaks collapsed to one space, as a browser renders them (except in
 * `<pre>`); a line per block element and per `<br>`; list items marked as a browser shows them
 * ("• ", or "1. " in an ordered list). Entities are decoded.
 */
export function textOfHtml(html: string): string {
  const parts: string[] = [];
  let item = 0;
  const walk = (nodes: readonly HtmlNode[], preformatted: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        parts.push(preformatted ? node.data : node.data.replace(/[ \t\r\n\f]+/g, ' '));
      } else if ('name' in node && 'children' in node) {
        const name = node.name.toLowerCase();
        if (NOT_READ.has(name)) continue;
        if (name === 'br') parts.push('\n');
        const block = BLOCKS.has(name);
        if (block) parts.push('\n');
        if (name === 'li')
          parts.push(node.parent && 'name' in node.parent && node.parent.name === 'ol' ? `${++item}. ` : '• ');
        if (name === 'ol') item = 0;
        walk(node.children, preformatted || name === 'pre');
        if (block) parts.push('\n');
      } else if ('children' in node) {
        walk(node.children, preformatted);
      }
    }
  };
  walk(parseDocument(html).children, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}
