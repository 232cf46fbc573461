// The languages the product speaks, and the one place that maps an editor or shell locale onto them.
export type Locale = 'en' | 'zh-cn';
