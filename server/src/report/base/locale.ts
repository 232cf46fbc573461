// The languages the product speaks, and the one place that maps an editor or shell locale onto them.
export type Locale = 'en' | 'zh-cn';

/** The language a report written under this editor locale most likely uses (for an empty report's sections). */
export const REPORT_LANGUAGE_OF_LOCALE: Record<Locale, 'zh' | 'en'> = { en: 'en', 'zh-cn': 'zh' };

/** The BCP 47 tag of each locale, for a page's `lang`. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Whether a value that crossed a boundary untyped (a page, a setting) is one of the product's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_TAG, value);
}
