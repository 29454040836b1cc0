import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';
import tseslint from 'typescript-eslint';

/** Import fences (STYLE.md §1–2): pure logic stays pure, components stay presentational. */
const boundaries = [
  {
    target: './core',
    from: ['./platform', './components', './entrypoints', './data', './node_modules/wxt', './node_modules/preact'],
    message: 'core/ is pure logic: it imports only core/ (pass data and browser objects in as arguments).',
  },
  {
    target: './components',
    from: ['./platform', './entrypoints', './node_modules/wxt'],
    message: 'components/ are presentational: wire storage and messaging in entrypoints/.',
  },
  {
    target: './platform',
    from: ['./entrypoints', './components'],
    message: 'platform/ adapts browser APIs for entrypoints; it must not depend on them or on UI.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, unicorn },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'wxt/browser', message: "Import browser APIs from '#imports' (imports: false)." }] },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'unicorn/expiring-todo-comments': ['error', { allowWarningComments: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'chrome', 'browser'],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['#imports', 'wxt', 'wxt/*', 'preact', 'preact/*', 'node:*'], message: 'core/ is pure.' }] },
      ],
    },
  },
);
