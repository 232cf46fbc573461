// Imported first by extension.ts, so this runs before the rest of the bundle is evaluated: the
// start-up line can tell the time spent evaluating the client bundle from the extension host's
// own wait before it (other extensions activating on the same thread).
export const bundleEvaluationBegan = Date.now();
