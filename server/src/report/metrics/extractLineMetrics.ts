// Finding the metrics in one line of prose. One left-to-right pass: every character is looked at
// a bounded number of times, and each label is read from the stretch between the previous number
// (or clause start) and its own number, so a line costs time linear in its length.
import type { MetricKind, StatedChange } from './types';
import { chineseNumeralLength, isChineseNumeralChar, isChineseNumeralCode, parseChineseNumeral } from './chineseNumerals';
import { approximateSuffixEnd, isHedgedBefore } from './approximation';
import { isCountLabel, isRankLabel, isTaskVerbPhrase, kindFromLabel, labelAfter, labelBefore, type LabelSpan } from './labels';
import {
  parenFractionAt,
  parenPercentAt,
  scanNumber,
  scanPlainNumber,
  spacedFractionPercent,
  type ParenPercent,
  type PlainNumber,
} from './numbers';
import {
  isAsciiLetter,
  isClauseBoundary,
  isCjk,
  isDigit,
  isSentenceBoundary,
  isSpace,
  MASK_CHAR,
  maskRanges,
  toHalfWidth,
  wordBefore,
} from './text';
import { isMonthName, matchUnit, type UnitMatch } from './units';
import { countedNounAfter, isPlural, NOT_A_COUNTED_NOUN } from './countedNouns';
import {
  followsUpdateVerb,
  hasLeadingZero,
  isBareDecimalVersion,
  isBetweenDashes,
  isBitWidth,
  isCompactDate,
  isGluedToName,
  isLiteral,
  isIdentifierLabel,
  isNameBeforeNumber,
  isParenthesisedInteger,
  linkTextMask,
  looksLikeMonthDay,
  runsIntoWords,
} from './names';
import { changeSign, isOnlyChangeWord, parenthesisedChangeAt } from './statedChange';

export interface LineFraction {
  numerator: number;
  denominator: number;
  /** Offsets of `16/24` (without the parentheses). */
  start: number;
  end: number;
}

export interface LineMetric {
  label: string;
  value: number;
  /** As written, half-width; `''` when none. Currency scales read `k$`, `万¥`. */
  unit: string;
  kind: MetricKind;
  fraction?: LineFraction;
  decimals: number;
  /** The number exactly as written, with its sign: `99.966`, `９９．５`, `-3`, `1,234`, `三`. */
  raw: string;
  /** Offsets (UTF-16) of the label in the line; a label read after the number comes after it. */
  labelStart: number;
  labelEnd: number;
  /** Offsets of the value with its sign, currency and unit: `67%`, `$12.5k`, `60mins`, `第三`. */
  valueStart: number;
  valueEnd: number;
  /** Index of the sentence (split at 。；;!?) within the line. */
  sentence: number;
  /** Hedged as written: `30余笔`, `100+`, `约140`, `~140`, `about 140`. */
  approximate?: true;
  /** `from 510 ms to 470 ms`: the earlier value stated in the text (510). */
  earlier?: number;
  /** `33人（增加1人）`: the change stated beside the value. */
  change?: StatedChange;
}

const CURRENCY_SYMBOLS = new Set(['$', '\u00a5', '\u20ac', '\u00a3']);
const CURRENCY_WORDS = new Set(['usd', 'rmb', 'cny', 'eur']);
/** An English word right before a number that makes it a name or a date, not a quantity. */
const NAMING_WORDS = new Set([
  'week',
  'wk',
  'sprint',
  'phase',
  'stage',
  'step',
  'round',
  'day',
  'version',
  'ver',
  'release',
  'iteration',
  'part',
  'chapter',
  'section',
  'page',
  'line',
  'item',
  'no',
  'issue',
  'pr',
  'ticket',
  'top',
  'level',
  'tier',
  'priority',
  'room',
  'floor',
  'build',
  'patch',
  'milestone',
  'task',
  'story',
  'epic',
  'since',
  'in',
  'q',
  'h',
  'fy',
  'cw',
  'id',
  'v',
  'p',
]);
/** Before a Chinese numeral, what makes it a stated quantity (`事故数为两次`), not an idiom (`一次支付`). */
const NUMERAL_CONNECTORS = new Set(['为', '是', ':', '共', '计']);
/** Largest list-marker region checked for being empty (`  - 1. `): longer means there is text. */
const MAX_MARKER_REGION = 12;
const EMPTY_MARKER_REGION = /^[\s\-*+>#(\]【】]*$/;
/** Between a previous value and the current one: 降到, 扩大到, 提升至, to. */
const CHANGE_TO = /^(?:[\u4e00-\u9fff]{0,3}[到至]|(?:rose |fell |grew |dropped |went )?to)$/;
/** Direction words at the end of a changed value's label: `p95 latency down from 510 ms to 470 ms` is `p95 latency`. */
const DIRECTION_AT_END =
  /\s+(?:went|has|have|had|was|were)?\s*(?:down|up|rose|fell|grew|dropped|increased|decreased|improved|declined|climbed|went|shrank|jumped)$|(?:提升|提高|下降|降低|上升|增长|增加|减少|缩短|延长)$/i;
/** `USD/month`, `次/周`: a rate's period after its unit. */
const PER_PERIOD = /^\/(?:month|week|day|year|hour|mo|wk|yr|hr|月|周|天|日|年|小时)/i;
const MAX_CHANGE_VERB = 12;
/** Years reports mention; a bare integer in this range with no unit is a year, not a quantity. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2099;

function signAllowedAfter(ch: string | undefined): boolean {
  return ch === undefined || isSpace(ch) || isCjk(ch) || '(:=[,;'.includes(ch);
}

class LineScanner {
  private readonly metrics: LineMetric[] = [];
  /** Labels start at or after here: the clause start, or just past the previous number. */
  private floor = 0;
  private sentence = 0;
  private clause = 0;
  /** Start of the clause before this one, when a comma ended it and no number was read in it. */
  private previousClause = -1;
  /** Clause and end of the last metric pushed, to read `从12笔降到3笔` as one metric. */
  private lastClause = -1;
  private lastEnd = -1;
  /** Counted by the previous English count of this sentence: `41 package reviews …, 12 have been updated`. */
  private enumeratedNoun: string | undefined;
  /** Sentences ended by a full stop (`;` keeps an enumeration going: `2 Regressions, 6 Mixed; 4 of them…`). */
  private period = 0;
  private enumeratedPeriod = -1;
  private readonly linkText: Uint8Array | undefined;
  /** The last link's text and where its destination ends, to name a number right after the link. */
  private linkLabel: { start: number; end: number; after: number } | undefined;

  constructor(
    private readonly text: string,
    /** Half-width and masked; same length as `text`. */
    private readonly t: string,
  ) {
    this.linkText = linkTextMask(t);
  }

  /** Reads the line, pausing (a bare `yield`) after each stretch of about STEP_CHARS characters. */
  *steps(): Generator<void, LineMetric[], void> {
    const t = this.t;
    let i = 0;
    let pauseAt = STEP_CHARS;
    while (i < t.length) {
      if (i >= pauseAt) {
        yield;
        pauseAt = i + STEP_CHARS;
      }
      if (isPlainIdeograph(t.charCodeAt(i))) {
        // Most characters of a Chinese report: none of the branches below takes them, and reading
        // one as a string (t[i]) would allocate it for each test.
        i++;
      } else if (t[i] === MASK_CHAR && this.linkText?.[i - 1]) {
        // A link's destination: the link text before it may name the number after it (`[Factory:RISC-V](…) ：3614/4222`).
        const textEnd = i;
        while (t[i] === MASK_CHAR) i++;
        this.linkLabel = { start: this.floor, end: textEnd, after: i };
      } else if (isClauseBoundary(t, i)) {
        if (isSentenceBoundary(t, i)) {
          this.sentence++;
          if (t[i] !== ';') this.period++;
        }
        this.clause++;
        this.previousClause = t[i] === ',' && this.lastClause !== this.clause ? this.floor : -1;
        this.floor = i + 1;
        i++;
      } else if (isDigit(t[i])) {
        i = Math.max(i + 1, this.number(i));
      } else if (t[i] === '第') {
        i = Math.max(i + 1, this.ordinal(i));
      } else if (isChineseNumeralChar(t[i]) && this.followsConnector(i)) {
        i = Math.max(i + 1, this.chineseCount(i));
      } else {
        i++;
      }
    }
    return this.metrics;
  }

  /** The label before a number; after a link and a colon (`[Factory:RISC-V](…) ：3614/4222`), the link's text. */
  private labelAt(valueStart: number): LabelSpan {
    const label = labelBefore(this.t, this.floor, valueStart);
    const link = this.linkLabel;
    if (label.text || !link || link.start < this.floor || !/^[\s:]*$/.test(this.t.slice(link.after, valueStart))) return label;
    return labelBefore(this.t, link.start, link.end);
  }

  /** Skips a number that is not a metric; `cutLabel` when the next label must start after it (dates). */
  private skip(end: number, cutLabel: boolean): number {
    if (cutLabel) this.floor = Math.max(this.floor, end);
    return end;
  }

  private number(d: number): number {
    const { t, text } = this;
    // `[Graph 89](…)`, `[#32651](…)`, `[Vite 5.1 Released](…)`: a link's text is a name or a headline.
    if (this.linkText?.[d]) return this.skip(this.skipName(d), false);
    // Sign and currency may come in either order: -$5, $-5.
    let valueStart = d;
    let currency = '';
    let sign = 1;
    let signed = false;
    for (let round = 0; round < 2; round++) {
      const before = t[valueStart - 1];
      if (!currency && before !== undefined && CURRENCY_SYMBOLS.has(before)) {
        currency = before;
        valueStart--;
      } else if (!signed && (before === '-' || before === '+') && signAllowedAfter(t[valueStart - 2])) {
        sign = before === '-' ? -1 : 1;
        signed = true;
        valueStart--;
      }
    }
    const before = t[d - 1];
    if (valueStart === d && (isAsciiLetter(before) || before === '_' || before === '#' || before === '-' || before === '.')) {
      return this.skipName(d); // P0, O1, v1.2.3, W51, COVID-19, #12, No.3
    }
    if (isGluedToName(t, d)) return this.skip(this.skipName(d), true); // UTC+8, C++23, HTTP/2

    const token = scanNumber(t, text, d);
    if (token.shape === 'slash') {
      const percent = parenPercentAt(t, text, token.end);
      if (percent) return this.fractionThenPercent(valueStart, token.numerator, token.denominator, percent);
      if (!signed && !currency && isPartOfWhole(token.numerator, token.denominator))
        return this.partOfWhole(valueStart, token.numerator, token.denominator);
      // 12/26, 1/9, 90/00年代: a date or a pair, and a bare fraction names nothing.
      return this.skip(this.afterDatePart(token.end), true);
    }
    if (token.shape === 'compound') return this.skip(this.afterDatePart(token.end), true);

    const number = token;
    if (!signed && !currency && this.isListMarker(valueStart, number)) return this.skip(number.end + 1, true);
    if (!signed && !currency && isParenthesisedInteger(t, valueStart, number.end, number.decimals)) return this.skip(number.end + 1, true);
    if (isLiteral(t, valueStart, number.end)) return this.skip(number.end + 1, true);
    const digits = text.slice(d, number.end);
    if (hasLeadingZero(digits) || isCompactDate(digits) || isBetweenDashes(t, valueStart, number.end))
      return this.skip(this.afterDatePart(number.end), true);
    const slashed = spacedFractionPercent(t, text, number);
    if (slashed) return this.fractionThenPercent(valueStart, number, slashed.denominator, slashed.percent);
    const wordBeforeNumber = wordBefore(t, valueStart).toLowerCase();
    if (NAMING_WORDS.has(wordBeforeNumber) || isMonthName(wordBeforeNumber)) {
      const unit = matchUnit(t, number.end, false);
      return this.skip(unit?.role === 'measure' ? unit.end : number.end, true);
    }
    if (!currency && CURRENCY_WORDS.has(wordBeforeNumber)) currency = wordBeforeNumber.toUpperCase();

    // `30余笔`, `100+ orders`: the unit comes after the modifier, which belongs to the value.
    const quantityEnd = approximateSuffixEnd(t, number.end);
    const unit = matchUnit(t, quantityEnd, currency !== '');
    switch (unit?.role) {
      case 'date':
      case 'multiplier':
        return this.skip(unit.end, true);
      case 'identifier':
        // `84PRs`: a plural glued to its count still counts it.
        if (isPlural(unit.unit) && unit.unit.length > 2 && !isDigit(t[unit.end]) && number.decimals === 0) break;
        return this.skipName(unit.end);
      case 'ordinal':
        return this.rankFromOrdinal(valueStart, number, unit);
      default:
        break;
    }
    if (unit?.role === 'measure' && isBitWidth(number.value, unit.unit)) return this.skip(unit.end, true);
    // `月薪2K起`, `从 Python 3.12 起`: "from this value up" is a threshold, not a measurement.
    if (unit?.role === 'measure' && (t[unit.end] === '起' || (unit.unit === '起' && number.decimals > 0)))
      return this.skip(unit.end + 1, true);
    // `added 9.log`, `see 3.md`: a file name.
    if (t[number.end] === '.' && isAsciiLetter(t[number.end + 1]) && !isSpace(t[number.end + 2] ?? ' '))
      return this.skip(this.skipName(number.end + 1), true);
    const measure = unit?.role === 'measure' ? unit : undefined;
    if (!measure && !currency && this.isYear(number)) return this.skip(quantityEnd, true);

    let label = this.labelAt(valueStart);
    let valueEnd = measure ? measure.end : quantityEnd;
    let kind = kindOf(measure, currency, label.text, number.decimals === 0);
    const counted = this.countedNoun(unit, currency, number, quantityEnd);
    if (counted && (!label.text || !this.labelIntroducesValue(label, valueStart))) {
      label = counted.label;
      kind = 'count';
      this.enumeratedNoun = counted.noun;
      this.enumeratedPeriod = this.period;
    } else if (!measure && !currency && this.namesSomething(valueStart, quantityEnd, label, number.decimals)) {
      return this.skip(this.skipName(number.end), true);
    } else if (measure && measure.kind === undefined && !currency && isNameBeforeNumber(t, valueStart, label.text)) {
      return this.skip(measure.end, true); // `Duo 256M`, `Loongson 2K`: a model, not a scaled quantity
    }
    // `约140笔交易失败`, `完成12个核心指标梳理`: what is counted follows the number.
    if ((!label.text || isTaskVerbPhrase(label.text)) && measure?.kind === 'count') {
      const after = labelAfter(t, valueEnd, t.length);
      if (after.text) label = after;
    }
    const changedFrom = this.changedFrom(valueStart, kind, measure?.unit ?? '', text.slice(d, number.end), label.text !== '');
    if (changedFrom === 'date-range') return this.skip(valueEnd, true);
    if (changedFrom) label = changedFrom.label;
    else if (this.attachStatedChange(label.text, sign * number.value, (measure?.unit ?? '') + currency)) return this.skip(valueEnd, true);

    const period = PER_PERIOD.exec(t.slice(valueEnd, valueEnd + 8))?.[0] ?? '';
    valueEnd += period.length;
    const fraction = kind === 'percent' ? parenFractionAt(t, text, valueEnd) : undefined;
    const stated = fraction ? undefined : parenthesisedChangeAt(t, text, valueEnd);
    const end = fraction ? fraction.end : stated ? stated.end : valueEnd;
    // `- 90.8% (+1.6pp) in the CSS2 floats tests`: a value leading its item is named by what follows.
    if (!label.text && (kind === 'percent' || kind === 'money')) label = englishPhraseAfter(t, text, end);
    // `- visualization: integrates backend APIs with frontend pages, 30% @owner`: a progress figure
    // alone in its clause belongs to the task named just before the comma.
    if (!label.text && kind === 'percent' && this.previousClause >= 0 && this.t.slice(this.floor, valueStart).trim() === '') {
      label = labelBefore(t, this.previousClause, this.floor - 1);
    }
    if (!label.text && !fraction) return this.skip(end, true);
    const metric: Omit<LineMetric, 'sentence'> = {
      label: label.text,
      value: sign * number.value,
      unit: (measure?.unit ?? '') + currency + period,
      kind,
      decimals: number.decimals,
      raw: text.slice(signed && t[d - 1] !== currency ? d - 1 : d, number.end),
      labelStart: label.start,
      labelEnd: label.end,
      valueStart,
      valueEnd,
    };
    if (quantityEnd > number.end || isHedgedBefore(t, this.floor, valueStart)) metric.approximate = true;
    if (changedFrom) metric.earlier = changedFrom.earlier;
    if (stated) metric.change = stated.change;
    if (fraction) {
      const { numerator, denominator } = fraction;
      metric.fraction = { numerator: numerator.value, denominator: denominator.value, start: numerator.start, end: denominator.end };
    }
    this.push(metric);
    return this.skip(Math.max(end, label.end), true);
  }

  /**
   * `对账差异从12笔降到3笔`, `rose from 99.5% to 99.8%`: the later value is this week's; it takes the
   * earlier one's label and replaces it.
   */
  private changedFrom(
    valueStart: number,
    kind: MetricKind,
    unit: string,
    raw: string,
    ownLabel: boolean,
  ): { label: LabelSpan; earlier: number } | 'date-range' | undefined {
    const previous = this.metrics[this.metrics.length - 1];
    // The unit says whether two numbers measure the same thing; the kind may come from different labels.
    if (!previous) return undefined;
    const sameMeasure =
      previous.kind === kind || (unit !== '' && previous.unit === unit) || (unit === '' && previous.unit === '' && !ownLabel);
    if (this.lastClause !== this.clause || this.floor !== this.lastEnd || !sameMeasure) return undefined;
    if (valueStart - this.floor > MAX_CHANGE_VERB || !CHANGE_TO.test(this.t.slice(this.floor, valueStart).trim())) return undefined;
    this.metrics.pop();
    // `从 5.16 到 5.30`: two month.day dates, not a value that moved from 5.16 to 5.3.
    if (!unit && !previous.unit && looksLikeMonthDay(previous.raw) && looksLikeMonthDay(raw)) return 'date-range';
    const direction = DIRECTION_AT_END.exec(previous.label);
    const text = direction && direction.index > 0 ? previous.label.slice(0, direction.index).trim() : previous.label;
    return { label: { text, start: previous.labelStart, end: previous.labelStart + text.length }, earlier: previous.value };
  }

  /**
   * `访问人数986人，新增152人`: a number named only by a change word, after a value of the same unit
   * in the same sentence, is that value's stated change.
   */
  private attachStatedChange(label: string, value: number, unit: string): boolean {
    const previous = this.metrics[this.metrics.length - 1];
    if (!previous || previous.sentence !== this.sentence || previous.change || previous.unit !== unit || !isOnlyChangeWord(label))
      return false;
    previous.change = { value: changeSign(label) * value, unit };
    return true;
  }

  /** `Rust 1.78`, `updated to 2.41`, `Number: 314`: a number with no unit that names a version or an edition. */
  private namesSomething(valueStart: number, numberEnd: number, label: LabelSpan, decimals: number): boolean {
    if (followsUpdateVerb(this.t, valueStart) || isIdentifierLabel(label.text)) return true;
    if (runsIntoWords(this.t, valueStart, numberEnd)) return true;
    const between = this.t.slice(label.end, valueStart);
    const introduced = between.includes(':') || between.includes('=');
    if (label.text && isBareDecimalVersion(label.text, decimals, introduced)) return true;
    return isNameBeforeNumber(this.t, valueStart, label.text) && !introduced;
  }

  /** Skips the rest of a name such as `P0`, `v1.2.3`, `2B2C`; it stays in the label. */
  private skipName(from: number): number {
    let j = from;
    while (
      j - from < 64 &&
      (isAsciiLetter(this.t[j]) || isDigit(this.t[j]) || this.t[j] === '_' || (this.t[j] === '.' && isDigit(this.t[j + 1])))
    )
      j++;
    return j;
  }

  /** Past a date suffix such as 号/日/年代 right after a date-like token, so the next label starts after it. */
  private afterDatePart(end: number): number {
    const unit = matchUnit(this.t, end, false);
    return unit && unit.role !== 'noun' ? unit.end : end;
  }

  /** `1.`, `2、`, `3)` at the start of a list item or clause: an ordinal. */
  private isListMarker(valueStart: number, number: PlainNumber): boolean {
    const next = this.t[number.end];
    if (number.decimals > 0 || number.grouped) return false;
    const closesParen = next === ')' && this.t[valueStart - 1] === '(';
    const marker = next === '\u3001' || next === ')' || (next === '.' && !isDigit(this.t[number.end + 1]));
    if (!marker && !closesParen) return false;
    if (closesParen) return true;
    // `讨论中：1.需要…`: an item numbered right after a colon.
    let k = valueStart - 1;
    while (k >= 0 && isSpace(this.t[k])) k--;
    const after = this.t[number.end + 1];
    if (this.t[k] === ':' && next !== ')' && after !== undefined && !isSpace(after)) return true;
    if (valueStart - this.floor > MAX_MARKER_REGION) return false;
    return EMPTY_MARKER_REGION.test(this.t.slice(this.floor, valueStart));
  }

  private isYear(number: PlainNumber): boolean {
    return (
      number.decimals === 0 && !number.grouped && number.end - number.start === 4 && number.value >= YEAR_MIN && number.value <= YEAR_MAX
    );
  }

  /** `Total alerts: 464 alerts` keeps its label; `We processed 1,234 orders` is named by its noun. */
  private labelIntroducesValue(label: LabelSpan, valueStart: number): boolean {
    const between = this.t.slice(label.end, valueStart);
    return between.includes(':') || between.includes('=') || isCountLabel(label.text);
  }

  /** `133 PRs`, `84PRs`, `12 apps were removed`, `12 have been updated` (in an enumeration): the count's noun. */
  private countedNoun(
    unit: UnitMatch | undefined,
    currency: string,
    number: PlainNumber,
    quantityEnd: number,
  ): ReturnType<typeof countedNounAfter> {
    if (currency || number.decimals > 0 || !unit || (unit.role !== 'noun' && unit.role !== 'identifier')) return undefined;
    if (unit.role === 'identifier') {
      const start = unit.end - unit.unit.length;
      return { noun: unit.unit, label: { text: this.text.slice(start, unit.end), start, end: unit.end } };
    }
    const enumerated = this.enumeratedPeriod === this.period ? this.enumeratedNoun : undefined;
    if (!enumerated && unit.unit.toLowerCase() !== 'more' && NOT_A_COUNTED_NOUN.has(unit.unit.toLowerCase())) return undefined;
    // `本月合计 95 PR`: an acronym counts in the singular too, unless a name precedes (`Windows 11 PC`).
    const acronymCounts = !isNameBeforeNumber(this.t, number.start, '');
    return countedNounAfter(this.t, this.text, quantityEnd, number.value, enumerated, acronymCounts);
  }

  /** `16/24（67%）`: the percentage is the metric, the fraction before it its own evidence. */
  private fractionThenPercent(fractionStart: number, numerator: PlainNumber, denominator: PlainNumber, percent: ParenPercent): number {
    const label = labelBefore(this.t, this.floor, fractionStart);
    this.push({
      label: label.text,
      value: percent.sign * percent.number.value,
      unit: '%',
      kind: 'percent',
      fraction: { numerator: numerator.value, denominator: denominator.value, start: numerator.start, end: denominator.end },
      decimals: percent.number.decimals,
      raw: this.text.slice(percent.start, percent.number.end),
      labelStart: label.start,
      labelEnd: label.end,
      valueStart: percent.start,
      valueEnd: percent.percentEnd,
    });
    return this.skip(percent.end, true);
  }

  /** `Factory:RISC-V ：3614/4222`: built of total, a count with its fraction; named by the words before it. */
  private partOfWhole(valueStart: number, numerator: PlainNumber, denominator: PlainNumber): number {
    const label = this.labelAt(valueStart);
    if (!label.text) return this.skip(denominator.end, true);
    this.push({
      label: label.text,
      value: numerator.value,
      unit: '',
      kind: 'count',
      fraction: { numerator: numerator.value, denominator: denominator.value, start: numerator.start, end: denominator.end },
      decimals: 0,
      raw: this.text.slice(numerator.start, numerator.end),
      labelStart: label.start,
      labelEnd: label.end,
      valueStart,
      valueEnd: denominator.end,
    });
    return this.skip(denominator.end, true);
  }

  /** `3rd`: a rank when the label asks for one (`ranked 3rd`), else an ordinal (`the 3rd time`). */
  private rankFromOrdinal(valueStart: number, number: PlainNumber, unit: UnitMatch): number {
    const label = labelBefore(this.t, this.floor, valueStart);
    if (!isRankLabel(label.text) || number.decimals > 0) return this.skip(unit.end, true);
    this.pushRank(label, number.value, this.text.slice(number.start, number.end), valueStart, unit.end, '');
    return this.skip(unit.end, true);
  }

  /** `第三`, `第3名`: a rank after 排名/排第 or before 名/位; otherwise an ordinal (`第51周`, `第二`). */
  private ordinal(i: number): number {
    const { t } = this;
    const start = i + 1;
    let value: number | undefined;
    let end: number;
    if (isDigit(t[start])) {
      const number = scanPlainNumber(t, this.text, start);
      value = number.decimals === 0 ? number.value : undefined;
      end = number.end;
    } else {
      end = start + chineseNumeralLength(t, start);
      value = end > start ? parseChineseNumeral(t.slice(start, end)) : undefined;
    }
    if (end === start) return start;
    const unit = matchUnit(t, end, false);
    const rankUnit = unit?.role === 'measure' && (unit.unit === '名' || unit.unit === '位') ? unit : undefined;
    const label = labelBefore(t, this.floor, i);
    const isRank = value !== undefined && (rankUnit !== undefined || isRankLabel(label.text) || t[i - 1] === '排');
    if (!isRank || value === undefined) return this.skip(unit && unit.role !== 'noun' ? unit.end : end, true);
    const named = label.text ? label : { text: '排名', start: i, end: i };
    this.pushRank(named, value, this.text.slice(start, end), i, rankUnit ? rankUnit.end : end, rankUnit?.unit ?? '');
    return this.skip(rankUnit ? rankUnit.end : end, true);
  }

  private pushRank(label: LabelSpan, value: number, raw: string, valueStart: number, valueEnd: number, unit: string): void {
    this.push({
      label: label.text,
      value,
      unit,
      kind: 'rank',
      decimals: 0,
      raw,
      labelStart: label.start,
      labelEnd: label.end,
      valueStart,
      valueEnd,
    });
  }

  private followsConnector(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && isSpace(this.t[k]) && i - k < 3) k--;
    return NUMERAL_CONNECTORS.has(this.t[k]) && !isChineseNumeralChar(this.t[i - 1]);
  }

  /**
   * `事故数为两次`: a Chinese numeral counts only right after a connector, with a label, a count
   * unit and then the end of the clause; 一 alone is an article too often (一次支付成功率, 是一个).
   */
  private chineseCount(i: number): number {
    const { t } = this;
    const end = i + chineseNumeralLength(t, i);
    if (end === i) return i + 1;
    const value = parseChineseNumeral(t.slice(i, end));
    const quantityEnd = approximateSuffixEnd(t, end); // 两千多笔
    const unit = matchUnit(t, quantityEnd, false);
    const closes = unit !== undefined && (unit.end >= t.length || isClauseBoundary(t, unit.end) || isSpace(t[unit.end]));
    if (value === undefined || value < 2 || unit?.role !== 'measure' || unit.kind !== 'count' || !closes) return end;
    const label = labelBefore(t, this.floor, i);
    if ([...label.text].length < 2) return end;
    const metric: Omit<LineMetric, 'sentence'> = {
      label: label.text,
      value,
      unit: unit.unit,
      kind: 'count',
      decimals: 0,
      raw: this.text.slice(i, end),
      labelStart: label.start,
      labelEnd: label.end,
      valueStart: i,
      valueEnd: unit.end,
    };
    if (quantityEnd > end) metric.approximate = true;
    this.push(metric);
    return this.skip(unit.end, true);
  }

  private push(metric: Omit<LineMetric, 'sentence'>): void {
    if (!Number.isFinite(metric.value)) return;
    this.lastClause = this.clause;
    this.lastEnd = Math.max(metric.valueEnd, metric.labelEnd, metric.fraction?.end ?? 0);
    const line = metric as LineMetric;
    line.sentence = this.sentence;
    this.metrics.push(line);
  }
}

/** After a value: `in the **CSS2 floats** tests` up to the clause end, emphasis removed. */
const PHRASE_AFTER = /^\s*(?:in|on|for|of)\s+(?:the\s+)?([^,;.!?()\u0000]{1,40})/;

function englishPhraseAfter(t: string, text: string, from: number): LabelSpan {
  const match = PHRASE_AFTER.exec(t.slice(from, from + 64));
  if (!match) return { text: '', start: from, end: from };
  const start = from + match[0].length - match[1].length;
  const end = start + match[1].trimEnd().length;
  const phrase = text
    .slice(start, end)
    .replace(/\*+|_{2,}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /[a-z]/i.test(phrase) ? { text: phrase, start, end } : { text: '', start: from, end: from };
}

/**
 * `3614/4222`: a part of a whole, not a date (a month is at most 12, a day at most 31) nor a decade
 * pair; `16/24` and `12/26` stay out, as dates and bare fractions do.
 */
function isPartOfWhole(numerator: PlainNumber, denominator: PlainNumber): boolean {
  return numerator.value > 31 && denominator.value > 31 && numerator.value <= denominator.value;
}

function kindOf(unit: UnitMatch | undefined, currency: string, label: string, isInteger: boolean): MetricKind {
  if (currency) return 'money';
  if (unit?.kind === 'count' && isRankLabel(label)) return 'rank';
  return unit?.kind ?? kindFromLabel(label, isInteger);
}

/**
 * The metrics in one line of prose. `masked` are [start, end) ranges (code spans, URLs) to ignore;
 * `normalised`, when the caller has it (a prose line's), is `text` half-width with them blanked.
 * Never throws; offsets are UTF-16 indexes into `text`.
 */
export function extractLineMetrics(text: string, masked: Array<[number, number]> = [], normalised?: string): LineMetric[] {
  const steps = lineMetricSteps(text, masked, normalised);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A CJK ideograph that is neither 第 nor a Chinese numeral: no number, boundary or ordinal starts at it. */
function isPlainIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff && code !== ORDINAL_PREFIX && !isChineseNumeralCode(code);
}
const ORDINAL_PREFIX = '第'.charCodeAt(0);

/** Characters read between two pauses of `lineMetricSteps`. */
const STEP_CHARS = 2_000;

/**
 * `extractLineMetrics` in steps of about STEP_CHARS characters, the same metrics in the end: a
 * caller that must stay responsive (the server) can let other work in while one pasted line of
 * thousands of metrics is read.
 */
export function* lineMetricSteps(
  text: string,
  masked: Array<[number, number]> = [],
  normalised?: string,
): Generator<void, LineMetric[], void> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const t =
    typeof normalised === 'string' && normalised.length === text.length
      ? normalised
      : maskRanges(toHalfWidth(text), Array.isArray(masked) ? masked : []);
  return yield* new LineScanner(text, t).steps();
}
