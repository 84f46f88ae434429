import { PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isPdf, pageAt, PdfError, textOfPdf } from '../../server/src/corpus/pdf-text.js';
import { pageOfOffset } from '../../server/src/domain/pages.js';
import { pdfDocumentOf as pdfOf, scannedPdfBytes, type PdfLine } from '../support/pdf-documents.js';

const article: PdfLine[][] = [
  [
    // drawn bottom-up: the reader still reads top to bottom
    ['Redness faded sooner on the treated side.', 680, 11],
    ['ation than the saline side.', 712, 11],
    ['recovery by two days. The treated side showed faster epithelial regener-', 726, 11],
    ['In a randomized split-face trial of 48 patients, exosome serum shortened', 740, 11],
    ['Exosomes after fractional laser', 780, 18],
  ],
  [['No serious adverse events occurred in the trial.', 780, 11]],
];

describe('the text of a PDF, read with pdfjs-dist', () => {
  it('reads in reading order, joins a paragraph’s lines and a word hyphenated across them, and keeps headings and paragraphs apart', async () => {
    const { text } = await textOfPdf(await (await pdfOf(article)).save());
    expect(text.split('\n')).toEqual([
      'Exosomes after fractional laser',
      'In a randomized split-face trial of 48 patients, exosome serum shortened recovery by two days. The treated side showed faster epithelial regeneration than the saline side.',
      'Redness faded sooner on the treated side.',
      'No serious adverse events occurred in the trial.',
    ]);
  });

  it('keeps where each page stands in the text, so that a quote names its page', async () => {
    const { text, pages } = await textOfPdf(await (await pdfOf(article)).save());
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(text.slice(pages[1]!.start, pages[1]!.end)).toBe('No serious adverse events occurred in the trial.');
    expect(pageAt(pages, text.indexOf('Redness faded'))).toBe(1);
    expect(pageAt(pages, text.indexOf('No serious adverse'))).toBe(2);
    expect(pageAt(null, 10)).toBeNull();
    const starts = pages.map((p) => p.start);
    expect(pageOfOffset(starts, text.indexOf('Redness faded'))).toBe(1);
    expect(pageOfOffset(starts, text.indexOf('No serious adverse'))).toBe(2);
    expect(pageOfOffset(null, 3)).toBeNull();
  });

  it('tells a PDF by its content, whatever its name', async () => {
    expect(isPdf(await (await pdfOf(article)).save())).toBe(true);
    expect(isPdf(new TextEncoder().encode('Exosomes calm redness.'))).toBe(false);
    await expect(textOfPdf(new TextEncoder().encode('Exosomes calm redness.'))).rejects.toThrow(/not a PDF/);
  });

  it('refuses a PDF with no text layer (a scan), saying so', async () => {
    await expect(textOfPdf(await scannedPdfBytes())).rejects.toThrow(PdfError);
    await expect(textOfPdf(await scannedPdfBytes())).rejects.toThrow(/no text layer .*OCR/);
  });

  it('refuses a password-protected PDF and a corrupt one, saying which', async () => {
    const doc = await pdfOf(article);
    doc.context.trailerInfo.Encrypt = doc.context.register(
      doc.context.obj({
        Filter: 'Standard',
        V: 1,
        R: 2,
        Length: 40,
        P: -44,
        O: PDFHexString.of('00'.repeat(32)),
        U: PDFHexString.of('11'.repeat(32)),
      }),
    );
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
    await expect(textOfPdf(await doc.save({ useObjectStreams: false }))).rejects.toThrow(/encrypted/);
    const bytes = await (await pdfOf(article)).save();
    await expect(textOfPdf(bytes.slice(0, 200))).rejects.toThrow(/not a readable PDF/);
  });
});
