import { PDFDocument, StandardFonts } from 'pdf-lib';

/** One line of a page: its text, its baseline (points from the bottom of an A4 page) and its font size. */
export type PdfLine = [text: string, y: number, size: number];

/** A PDF built here with pdf-lib (no binary fixtures): pages of lines, drawn in the order given. */
export async function pdfDocumentOf(pages: PdfLine[][]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    for (const [text, y, size] of lines) page.drawText(text, { x: 50, y, size, font });
  }
  return doc;
}

export async function pdfBytesOf(pages: PdfLine[][]): Promise<Uint8Array> {
  return (await pdfDocumentOf(pages)).save();
}

/** A page with nothing but a drawing: what a scan without a text layer looks like to a reader. */
export async function scannedPdfBytes(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return doc.save();
}

/** A two-page trial report: a heading, a paragraph over three lines with a word hyphenated across two, and a page 2. */
export const TRIAL_REPORT: PdfLine[][] = [
  [
    ['Exosome serum after fractional laser', 780, 18],
    ['In a randomized, double-blind, split-face trial of 40 patients, exosome serum applied', 740, 11],
    ['after fractional CO2 laser reduced post-procedure erythema and sped epithelial regener-', 726, 11],
    ['ation compared with saline.', 712, 11],
  ],
  [
    [
      'In cultured fibroblasts, exosomes increased collagen synthesis, but this has not been shown in human skin.',
      780,
      10,
    ],
  ],
];
