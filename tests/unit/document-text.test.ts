import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../server/src/corpus/html-text.js';
import { proposeAssertions } from '../../server/src/domain/assistant/propose.js';
import { sentencesOf } from '../../server/src/domain/assistant/sentences.js';

describe('the text of an HTML page, as a reader sees it', () => {
  it('ends a line at every block element, so that sentences never run together across them', () => {
    expect(textOfHtml('<p>A.</p><p>B</p>')).toBe('A.\nB');
    const text = textOfHtml(
      '<h1>Exosome facials</h1><p>They calm redness.</p><div>Results vary.</div><blockquote>It worked for me.</blockquote>',
    );
    expect(text.split('\n')).toEqual(['Exosome facials', 'They calm redness.', 'Results vary.', 'It worked for me.']);
    expect(sentencesOf(textOfHtml('<p>Exosomes calm redness.</p><p>They are costly</p>')).map((s) => s.text)).toEqual([
      'Exosomes calm redness.',
      'They are costly',
    ]);
  });

  it('ends a line at <br>, at each list item (marked as a browser shows it) and at each table cell', () => {
    expect(textOfHtml('<p>First line<br>second line</p>')).toBe('First line\nsecond line');
    expect(textOfHtml('<ul><li>Brighter skin</li><li>Smaller pores</li></ul>')).toBe(
      '• Brighter skin\n• Smaller pores',
    );
    expect(textOfHtml('<ol><li>Cleanse</li><li>Apply</li></ol>')).toBe('1. Cleanse\n2. Apply');
    expect(
      textOfHtml(
        '<table><tr><th>Exosomes</th><th>PRP</th></tr><tr><td>No blood draw</td><td>A blood draw</td></tr></table>',
      ),
    ).toBe('Exosomes\nPRP\nNo blood draw\nA blood draw');
  });

  it('collapses the source’s line breaks and runs of spaces inside a paragraph, as a browser does, but not in <pre>', () => {
    expect(textOfHtml('<p>Exosome therapy\n   speeds   recovery.</p>')).toBe('Exosome therapy speeds recovery.');
    expect(textOfHtml('<pre>a  b</pre>')).toBe('a  b');
    expect(textOfHtml('<p>Dr. Lee <em>says</em> it works.</p>')).toBe('Dr. Lee says it works.');
  });

  it('leaves out what a reader never sees, and decodes entities', () => {
    const text = textOfHtml(
      '<html><head><title>Clinic</title><style>p{}</style></head><body><script>track()</script><p>Safe &amp; quick</p><noscript>x</noscript></body></html>',
    );
    expect(text).toBe('Safe & quick');
  });
});

describe('a plain-text or Markdown document wrapped by hand', () => {
  const WRAPPED = [
    'Exosome serum after laser resurfacing',
    '',
    'In a randomized split-face trial of 30 patients, the side treated with',
    'exosome serum after fractional laser healed two days sooner than the',
    'side treated with a plain moisturiser. Redness also faded faster on the',
    'treated side.',
    '- Smaller pores',
    '- brighter skin',
  ].join('\n');

  it('reads each paragraph as one, so that no sentence is cut at a line end', () => {
    expect(sentencesOf(WRAPPED).map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'Exosome serum after laser resurfacing',
      'In a randomized split-face trial of 30 patients, the side treated with exosome serum after fractional laser healed two days sooner than the side treated with a plain moisturiser.',
      'Redness also faded faster on the treated side.',
      'Smaller pores',
      'brighter skin',
    ]);
  });

  it('quotes a wrapped sentence whole, and grades it by the trial it reports', () => {
    const proposals = proposeAssertions(WRAPPED, []);
    const trial = proposals.find((p) => p.quote.exact.startsWith('In a randomized split-face trial'));
    expect(trial?.quote.exact).toContain('healed two days sooner than the\nside treated with a plain moisturiser.');
    expect(trial?.grade).toBe('CLINICAL');
    expect(proposals.find((p) => p.quote.exact.startsWith('Redness also faded'))?.grade).toBe('CLINICAL');
  });
});

describe('a Markdown document', () => {
  it('leaves a bold label that opens a line out of the quote, as a section label is', () => {
    expect(
      sentencesOf('**The good:** my dermatologist’s photos show more hairs.\n**Verdict**: worth a try.').map(
        (s) => s.text,
      ),
    ).toEqual(['my dermatologist’s photos show more hairs.', 'worth a try.']);
  });
});
