// GFM tables: a label column and number columns. Each numeric cell is a metric named by its row's
// label and its column's header (`入金成功率 本周`).
import type { Range, Table, TableCell } from '../model';
import type { MetricKind } from './types';
import { approximateSuffixEnd } from './approximation';
import { kindFromLabel } from './labels';
import { parenFractionAt, scanNumber } from './numbers';
import { isDigit, toHalfWidth } from './text';
import { matchUnit } from './units';
import { isCompactDate } from './names';

export interface CellQuantity {
  value: number;
  unit: string;
  kind?: MetricKind;
  decimals: number;
  raw: string;
  /** Offsets in the cell's source text. */
  valueStart: number;
  valueEnd: number;
  fraction?: { numerator: number; denominator: number; start: number; end: number };
  /** `30余笔`, `100+`, `~140`. */
  approximate?: true;
}

export interface TableMetric extends CellQuantity {
  label: string;
  /** Where the value is in the document. */
  line: number;
  /** Character offset of the cell source in its line, to which `valueStart`/`valueEnd` are relative. */
  character: number;
  cellRange: Range;
}

const YEAR = /^(?:19|20)\d\d$/;
/** Markdown and table syntax around a cell's value. */
const DECORATION = /^[\s|*_~`]*$/;
const CURRENCIES = new Set(['$', '\u00a5', '\u20ac', '\u00a3']);

/** The one quantity a cell holds (`99.9%`, `**464**`, `-3%`, `$12.5k`, `67% (16/24)`), or undefined. */
export function parseCellQuantity(source: string): CellQuantity | undefined {
  const t = toHalfWidth(source);
  let d = 0;
  while (d < t.length && !isDigit(t[d])) d++;
  if (d >= t.length) return undefined;
  let valueStart = d;
  let sign = 1;
  let currency = '';
  for (let round = 0; round < 2; round++) {
    const before = t[valueStart - 1];
    if (!currency && before !== undefined && CURRENCIES.has(before)) {
      currency = before;
      valueStart--;
    } else if (sign === 1 && (before === '-' || before === '+')) {
      sign = before === '-' ? -1 : 1;
      valueStart--;
    }
  }
  if (!DECORATION.test(t.slice(0, valueStart))) return undefined;
  const token = scanNumber(t, source, d);
  if (token.shape !== 'plain' || (YEAR.test(t.slice(d, token.end)) && token.end === t.trimEnd().length)) return undefined;
  if (isCompactDate(t.slice(d, token.end))) return undefined; // `20210922` in a datetime column
  const quantityEnd = approximateSuffixEnd(t, token.end);
  const unit = matchUnit(t, quantityEnd, currency !== '');
  if (unit && unit.role !== 'measure') return undefined;
  const valueEnd = unit ? unit.end : quantityEnd;
  const fraction = unit?.kind === 'percent' ? parenFractionAt(t, source, valueEnd) : undefined;
  if (!DECORATION.test(t.slice(fraction ? fraction.end : valueEnd))) return undefined;
  // A single `~` before the digits hedges them; `~~` is strikethrough.
  const hedged = quantityEnd > token.end || (t[valueStart - 1] === '~' && t[valueStart - 2] !== '~');
  return {
    ...(hedged ? { approximate: true as const } : {}),
    value: sign * token.value,
    unit: (unit?.unit ?? '') + currency,
    kind: currency ? 'money' : unit?.kind,
    decimals: token.decimals,
    raw: source.slice(sign === -1 || t[d - 1] === '+' ? d - 1 : d, token.end),
    valueStart,
    valueEnd,
    fraction: fraction && {
      numerator: fraction.numerator.value,
      denominator: fraction.denominator.value,
      start: fraction.numerator.start,
      end: fraction.denominator.end,
    },
  };
}

/** The cell's text as written in the source (its range is a single line), falling back to the parsed text. */
function cellSource(cell: TableCell, lines: readonly string[]): { text: string; character: number } {
  const { start, end } = cell.range;
  const line = lines[start.line];
  if (line === undefined || end.line !== start.line) return { text: cell.text, character: start.character };
  return { text: line.slice(start.character, end.character), character: start.character };
}

function isBlankCell(text: string): boolean {
  return /^[\s|*_~\-—/]*$|^n\/?a$/i.test(text.trim().replace(/^\|/, '').trim());
}

/**
 * The metrics of one table. A column holding text that is not a quantity is a key column; the key
 * columns filled in most rows name the row together (`Factory:RISC-V:Java 22.03` — a project and a
 * repository), and a key column's numbers (`22.09` among repository names) are names too. Every
 * other column's quantities become metrics named by the row and the column header. A table of
 * numbers only has no labels and gives none.
 */
export function extractTableMetrics(table: Table, lines: readonly string[]): TableMetric[] {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length));
  const parsed = table.rows.map((row) =>
    row.cells.map((cell) => {
      const source = cellSource(cell, lines);
      return { source, quantity: parseCellQuantity(source.text), blank: isBlankCell(source.text) };
    }),
  );
  // A text column holds mostly words; a number column with a remark in one cell (`1890 (rebuilt)`) stays a number column.
  const textColumns: number[] = [];
  for (let column = 0; column < width; column++) {
    const filled = parsed.filter((row) => row[column] && !row[column].blank);
    const words = filled.filter((row) => !row[column].quantity).length;
    if (words > 0 && words * 2 >= filled.length) textColumns.push(column);
  }
  // A status column filled in a few rows (`building`) changes from week to week: it names nothing.
  const keyColumns = textColumns.filter((column) => parsed.filter((row) => row[column] && !row[column].blank).length * 2 >= parsed.length);
  if (keyColumns.length === 0) return [];
  const isText = new Set(textColumns);
  const metrics: TableMetric[] = [];
  table.rows.forEach((row, r) => {
    const rowLabel = keyColumns
      .map((column) => (row.cells[column]?.text ?? '').replace(/\*+|~~|`/g, '').trim())
      .filter((text) => text && !isBlankCell(text))
      .join(' ');
    if (!rowLabel) return;
    parsed[r].forEach((cell, column) => {
      if (isText.has(column) || !cell.quantity) return;
      const header = (table.header[column]?.text ?? '').replace(/\*+|~~|`/g, '').trim();
      const label = header ? `${rowLabel} ${header}` : rowLabel;
      const quantity = cell.quantity;
      metrics.push({
        ...quantity,
        // The row names the measure (`告警总数`), the header its column (`本周`, or `succeeded`).
        kind:
          quantity.kind ??
          (kindFromLabel(rowLabel, quantity.decimals === 0) !== 'number'
            ? kindFromLabel(rowLabel, quantity.decimals === 0)
            : kindFromLabel(header, quantity.decimals === 0)),
        label,
        line: row.cells[column].range.start.line,
        character: cell.source.character,
        cellRange: row.cells[column].range,
      });
    });
  });
  return metrics;
}
