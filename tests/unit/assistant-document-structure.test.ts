import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../server/src/corpus/html-text.js';
import { proposeAssertions } from '../../server/src/domain/assistant/propose.js';
import { sentencesOf } from '../../server/src/domain/assistant/sentences.js';
import { readStanceTowards } from '../../server/src/domain/assistant/stance-cues.js';

/** What the assistant quotes from a text, knowing no claim (every proposal is a new claim). */
const quoted = (text: string) => proposeAssertions(text, []).map((p) => p.quote.exact);
const texts = (text: string) => sentencesOf(text).map((s) => s.text);

describe('the assistant reads a document’s structure: what stands as a title, a standfirst, a list or a price is not a sentence', () => {
  it('reads a reference to a figure or a table as part of its sentence, and still ends the sentence after it', () => {
    expect(texts('Dermal thickness rose in treated rats (Fig. 2). See Fig. 3. Scores fell by week 8.')).toEqual([
      'Dermal thickness rose in treated rats (Fig. 2).',
      'See Fig. 3.',
      'Scores fell by week 8.',
    ]);
    expect(texts('As Fig. 4 shows, hair density doubled after six sessions.')).toEqual([
      'As Fig. 4 shows, hair density doubled after six sessions.',
    ]);
    expect(texts('Redness faded sooner on the treated side (Figs. 1 and 2). The serum stung briefly.')).toHaveLength(2);
  });

  it('starts a numbered or bulleted item’s quote at its text, the mark left out and the offsets verbatim', () => {
    const text =
      '1. Exosome vials sold online are not licensed.\n2) None has been tested for sterility.\n• Keep the vials cold.';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Exosome vials sold online are not licensed.',
      'None has been tested for sterility.',
      'Keep the vials cold.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // a sentence that opens with a number is not a list's mark
    expect(texts('12 of 20 patients improved. 3 of them relapsed.')).toEqual([
      '12 of 20 patients improved.',
      '3 of them relapsed.',
    ]);
  });

  it('never proposes a web page’s title that comes after its navigation', () => {
    const page = textOfHtml(
      '<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>' +
        '<h1>Warning about unlicensed stem cell serums sold to beauty salons</h1>' +
        '<p>Several salons sold exosome serums that were never tested for sterility, and two clients developed skin infections.</p></body>',
    );
    const proposals = quoted(page);
    expect(proposals).not.toContain('Warning about unlicensed stem cell serums sold to beauty salons');
    expect(proposals.some((q) => q.startsWith('Several salons sold exosome serums'))).toBe(true);
  });

  it('never proposes a standfirst: the unpunctuated line that follows a title', () => {
    const feature = [
      'THE SERUM BOOM',
      'Why clinics now sell an exosome serum after every laser, and what patients end up paying for it',
      '',
      'Exosome serums are now sold after almost every laser treatment, and they add hundreds to the bill.',
    ].join('\n');
    expect(quoted(feature)).toEqual([
      'Exosome serums are now sold after almost every laser treatment, and they add hundreds to the bill.',
    ]);
    const markdown = [
      '# Glow Renewal Facials',
      '',
      '*Exosome facials for dull, tired skin and the first fine lines around the eyes*',
      '',
      'Our exosome facial brightens dull skin after a single session.',
    ].join('\n');
    expect(quoted(markdown)).toEqual(['Our exosome facial brightens dull skin after a single session.']);
  });

  it('keeps a title that states a finding, and an item of a list of benefits, which curators keep', () => {
    const abstract =
      'Placental exosomes shorten redness after fractional laser in a randomized split-face trial of thirty patients\n\nBackground: Redness after laser lasts days.';
    expect(quoted(abstract)).toContain(abstract.split('\n')[0]);
    // under a journal's name, a title that names its study is still a finding, not a standfirst
    const underJournal = `Journal of Skin Research\n${abstract}`;
    expect(quoted(underJournal)).toContain(abstract.split('\n')[0]);
    const page =
      '# Results you can see\n\n- Firmer, brighter skin within three weeks\n- Softer frown lines after two sessions';
    expect(quoted(page)).toEqual(
      expect.arrayContaining(['Firmer, brighter skin within three weeks', 'Softer frown lines after two sessions']),
    );
  });

  it('never proposes a line that gives a price or a figure against a label', () => {
    const menu = [
      'Single exosome facial with LED therapy: £295',
      '- Course of three exosome scalp sessions, a month apart: $2,100',
      'Exosome scalp sessions thicken thinning hair within three months.',
    ].join('\n');
    expect(quoted(menu)).toEqual(['Exosome scalp sessions thicken thinning hair within three months.']);
  });
});

describe('the assistant reads harm with one list of words, whether it is reported or denied', () => {
  const harm = { isNew: false, statement: 'Exosome treatment can cause infection, allergy or irritation' };

  it('reads any harm reported as having happened with a claim of harm, and any harm denied against it', () => {
    expect(readStanceTowards(harm, 'Two clients reported side effects within a day of the serum.').stance).toBe(
      'SUPPORTS',
    );
    expect(readStanceTowards(harm, 'A week later she developed scarring along the needle tracks.').stance).toBe(
      'SUPPORTS',
    );
    expect(readStanceTowards(harm, 'In our hands the serum has never left any scarring.').stance).toBe('CONTRADICTS');
    expect(readStanceTowards(harm, 'The serum caused no redness or swelling at all.').stance).toBe('CONTRADICTS');
  });
});

describe('the assistant reads a section by its heading, and a sentence that only announces a question', () => {
  it('proposes nothing in a methods section under a heading of its own, and reads its results', () => {
    for (const methods of ['Methods', '## Methods', 'METHODS']) {
      const abstract = [
        'Exosome serum after laser resurfacing: a randomized trial',
        '',
        methods,
        'Twenty volunteers were randomized to exosome serum or placebo cream after laser resurfacing of the cheeks.',
        'Skin redness was scored by a blinded dermatologist on days 1, 3 and 7 after the laser.',
        '',
        'Results',
        'Redness resolved two days sooner with the exosome serum than with the placebo cream.',
      ].join('\n');
      const quotes = quoted(abstract);
      expect(quotes).toEqual(['Redness resolved two days sooner with the exosome serum than with the placebo cream.']);
    }
  });

  it('proposes nothing on a sentence that announces a question it leaves open, and keeps one that denies an answer', () => {
    for (const announcing of [
      'My main concern is what the vials of exosome serum actually contain.',
      'What patients want to know is whether the results of the treatment last.',
      'I often wonder about how these exosome serums are stored on the way to the clinic.',
    ])
      expect(quoted(announcing)).toEqual([]);
    expect(quoted('Nobody knows what these vials of exosome serum actually contain.')).toHaveLength(1);
  });
});
