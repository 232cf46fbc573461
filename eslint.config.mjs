// Lint: typescript-eslint's recommended rules, and the layers of ARCHITECTURE.md as a rule (eslint/layers.mjs).
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.e2e-cache/**', 'test-results/**', '.vscode-test/**'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommended],
    plugins: { layers },
    rules: {
      'layers/no-cross-layer': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
