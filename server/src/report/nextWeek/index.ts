// "New Report for Next Week": next week's file name and text from this week's report.
export { buildNextReport, type NextReportOptions } from './buildNextReport';
export { fallbackReportFileName, nextReportFileName } from './fileName';
export { VALUE_PLACEHOLDER, type NextValues } from './metricLine';
export { planNextReport, type PlanOptions, type PlannedReport } from './planNextReport';
export { reportWeek, shiftFor, type ReportWeek } from './reportWeek';
export { chineseNumeral, shiftWeekText, shiftYearWeek, type WeekShift } from './weekShift';
