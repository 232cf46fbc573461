import type { Range, Report } from '../model';
import type { Metric } from '../metrics/types';
import type { Comparison } from '../compare/types';
import type { Settings } from '../base/settings';
import type { Locale } from '../base/locale';
import type { FileRefusal } from '../i18n';
import type { Steps } from '../base/steps';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Fix {
  title: string;
  range: Range;
  newText: string;
}

/** A rule's finding; the server turns it into an LSP Diagnostic, the CLI prints it. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Only when the fix is certain. */
  fix?: Fix;
}

export interface RuleContext {
  report: Report;
  metrics: Metric[];
  settings: Settings;
  locale: Locale;
  /** Present when last week's report was found: rules comparing weeks use it. */
  comparison?: Comparison;
  /** Why the front matter's `previous:` link was not followed (the caller tried to read it). */
  previousLinkRefusal?: FileRefusal;
}

export interface Rule {
  /** Stable code, shown in diagnostics and used in settings and suppression comments. */
  code: string;
  defaultSeverity: Severity;
  /**
   * The rule sets each finding's severity itself from settings (per-threshold severities);
   * the runner then keeps it instead of applying `settings.rules[code]`.
   */
  ownSeverity?: boolean;
  /** Findings with the rule's default severity; the runner applies settings and suppressions. */
  check(context: RuleContext): Finding[];
  /**
   * The same findings as `check`, as steps (see base/steps.ts): given by rules whose work grows
   * with the report's length, so that the server can run them in slices.
   */
  checkInSteps?(context: RuleContext): Steps<Finding[]>;
}
