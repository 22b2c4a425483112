import 'server-only';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReviewSheet } from '../../team/review-sheet';

/** Nghị định 30/2020: Times New Roman, body 13–14 pt (docx sizes are half-points). */
const FONT = 'Times New Roman';
const BODY = 26;
const SMALL = 24;

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, font: FONT, size: options.size ?? BODY, bold: options.bold, italics: options.italics });
}

function line(value: string, options: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({ alignment: options.align, children: [text(value, options)] });
}

/** Two columns without borders: the issuer and number on the left, the nation and motto on the right. */
function heading(sheet: ReviewSheet): Table {
  const cell = (paragraphs: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: paragraphs });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([line(sheet.issuer, { bold: true, size: SMALL, align: AlignmentType.CENTER }), line(sheet.number, { size: SMALL, align: AlignmentType.CENTER })], 40),
          cell(
            [
              line(sheet.nation, { bold: true, size: SMALL, align: AlignmentType.CENTER }),
              line(sheet.motto, { bold: true, align: AlignmentType.CENTER }),
              line(sheet.placeAndDate, { italics: true, align: AlignmentType.CENTER }),
            ],
            60,
          ),
        ],
      }),
    ],
  });
}

/** The findings: one row each, with the column heads of the sheet. */
function findingsTable(sheet: ReviewSheet): Table {
  const c = sheet.columns;
  const head = [c.index, c.location, c.printed, c.recomputed, c.suggested, c.comment];
  const widths = [6, 14, 24, 22, 14, 20];
  const cell = (value: string, column: number, bold = false) =>
    new TableCell({
      width: { size: widths[column] ?? 10, type: WidthType.PERCENTAGE },
      children: value.split('\n').map((part) => line(part, { bold, size: SMALL })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...sheet.entries.map(
        (e, i) =>
          new TableRow({
            children: [
              cell(String(i + 1), 0),
              cell(e.location, 1),
              cell(`${e.printed}\n“${e.claim}”`, 2),
              cell(e.recomputed, 3),
              cell(e.suggested, 4),
              cell(`${e.comment}\n(${e.reviewer})`, 5),
            ],
          }),
      ),
    ],
  });
}

/** Recipients on the left, the signature blocks on the right. */
function signatures(sheet: ReviewSheet): Table {
  const cell = (paragraphs: Paragraph[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: paragraphs });
  const signers = sheet.signers.flatMap((s) => [
    line(s.role, { bold: true, align: AlignmentType.CENTER }),
    line(s.note, { italics: true, size: SMALL, align: AlignmentType.CENTER }),
    line(''),
    line(''),
    line(s.name, { bold: true, align: AlignmentType.CENTER }),
    line(''),
  ]);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [cell([line(sheet.recipientsTitle, { bold: true, italics: true, size: SMALL }), ...sheet.recipients.map((r) => line(r, { size: 22 }))]), cell(signers)],
      }),
    ],
  });
}

/**
 * The review sheet as a Word document (.docx), built with the `docx` package: A4, Times New
 * Roman, the layout of Nghị định 30/2020.
 *
 * @example
 * const bytes = await reviewSheetDocx(buildReviewSheet(input)); // a .docx file's bytes
 */
export async function reviewSheetDocx(sheet: ReviewSheet): Promise<Uint8Array> {
  const document = new Document({
    creator: 'soát số',
    title: sheet.title,
    description: sheet.subject,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          heading(sheet),
          line(''),
          line(sheet.title, { bold: true, size: 28, align: AlignmentType.CENTER }),
          line(sheet.subject, { italics: true, align: AlignmentType.CENTER }),
          line(''),
          line(sheet.intro),
          line(''),
          sheet.entries.length > 0 ? findingsTable(sheet) : line(sheet.none, { italics: true }),
          line(''),
          signatures(sheet),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
