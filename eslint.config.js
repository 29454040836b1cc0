import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';
import tseslint from 'typescript-eslint';

/** Import specifiers (aliased or relative) that reach into a folder. */
const into = (folder) => [`@/${folder}`, `@/${folder}/**`, `**/${folder}/**`, `~/${folder}/**`];

const BROWSER_MODULES = ['#imports', 'wxt', 'wxt/**', 'webextension-polyfill'];

/**
 * Import fences (STYLE.md §1–2): pure logic stays pure, components stay presentational, platform
 * adapters never depend on UI. ESLint's own rule, matched on the import specifier.
 */
const fences = [
  {
    files: ['core/**/*.ts'],
    groups: [
      ...into('platform'),
      ...into('components'),
      ...into('entrypoints'),
      ...into('hooks'),
      ...into('data'),
      ...BROWSER_MODULES,
      'preact',
      'preact/**',
      'node:*',
    ],
    message: 'core/ is pure logic: it imports only core/ (pass data and browser objects in as arguments).',
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    groups: [...into('platform'), ...into('entrypoints'), ...into('hooks'), ...BROWSER_MODULES],
    message: 'components/ are presentational: wire storage and messaging in entrypoints/ (or hooks/).',
  },
  {
    files: ['platform/**/*.ts'],
    groups: [...into('entrypoints'), ...into('components'), ...into('hooks'), 'preact', 'preact/**'],
    message: 'platform/ adapts browser APIs for entrypoints; it must not depend on them or on UI.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, unicorn },
    rules: {
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
  ...fences.map(({ files, groups, message }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
  })),
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'chrome', 'browser'],
    },
  },
);
