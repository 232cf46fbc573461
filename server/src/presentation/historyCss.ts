// The history chart's styles, added to the comparison page's own (one page shows either).
// Classes only: the panel's CSP forbids inline styles. Colours follow the VS Code theme.
export const HISTORY_CSS = `
.history-figure { margin: 12px 0; max-width: 100%; overflow-x: auto; }
.history-chart { display: block; max-width: 100%; height: auto; font-size: 11px; }
.history-chart text { fill: var(--vscode-descriptionForeground); }
.history-axis, .history-tick-mark { stroke: var(--vscode-descriptionForeground); stroke-width: 1; }
.history-grid { stroke: var(--vscode-panel-border); stroke-width: 1; }
.history-line { fill: none; stroke: var(--vscode-charts-blue); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.history-gap { stroke: var(--vscode-charts-blue); stroke-width: 1.5; stroke-dasharray: 2 5; opacity: 0.6; }
.history-point { fill: var(--vscode-charts-blue); }
.history-no-value { fill: var(--vscode-editor-background); stroke: var(--vscode-descriptionForeground); stroke-width: 1.5; }
.history-chart .history-value { fill: var(--vscode-foreground); font-weight: 600; }
.history-threshold { stroke: var(--vscode-charts-red); stroke-width: 1; stroke-dasharray: 6 4; }
.history-chart .history-threshold-label { fill: var(--vscode-charts-red); }
.history-section { margin: 2px 0; color: var(--vscode-descriptionForeground); }
.history-table { max-width: 480px; }
.history-table td.value { text-align: right; }
.history-missing-weeks { font-weight: normal; font-size: 0.85em; color: var(--vscode-descriptionForeground); }
.history-button { font: inherit; padding: 0; border: 0; background: transparent; color: inherit; cursor: pointer; display: block; }
.history-button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
`;
