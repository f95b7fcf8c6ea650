// Layering is enforced here, not by memory (docs: ../shared/docs/conventions.md §8).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const browserApis = [
  { name: 'wxt/browser', message: 'lib/ stays browser-free: take what you need as a parameter.' },
  { name: 'webextension-polyfill', message: 'lib/ stays browser-free: take what you need as a parameter.' },
  { name: '#imports', message: 'Auto-imports are off: import explicitly.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'dist/**',
      'demo-output/**',
      'test-results/**',
      'bench-results/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: './entrypoints', message: 'lib/ must not import entrypoints.' },
            { target: './lib', from: './components', message: 'lib/ must not import components.' },
            { target: './components', from: './lib/storage', message: 'Components take data as props: no storage.' },
            {
              target: './entrypoints/esp.content',
              from: './lib/storage',
              message: 'Content scripts never open IndexedDB (it would be the ESP origin).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: browserApis }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Components take data as props.' }, ...browserApis] }],
    },
  },
  {
    files: ['entrypoints/esp.content/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Content scripts never open IndexedDB.' }] }] },
  },
  {
    files: ['entrypoints/background/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The service worker has no window.' },
        { name: 'document', message: 'The service worker has no document.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
