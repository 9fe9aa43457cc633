// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'src/web/vite.config.ts',
      '.parity',
      'data',
      'coverage',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The web app talks to the API only.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '../../store/*',
            '../../services/*',
            '../../server/*',
            '../../ingest/*',
            '../../cli/*',
            'node:*',
          ],
        },
      ],
    },
  },
  {
    // The computation core is pure: no IO, no clock, no randomness, no framework.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'pg',
            'kysely',
            'hono',
            '@electric-sql/*',
            'react',
            '../store/*',
            '../ingest/*',
            '../services/*',
            '../server/*',
            '../cli/*',
            '../catalog/*',
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core has no clock' },
        { object: 'Math', property: 'random', message: 'core has no randomness' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'core has no clock' },
      ],
    },
  },
  {
    files: ['src/catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../store/*', '../ingest/*', '../services/*', '../server/*', '../cli/*'] },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../ingest/*', '../services/*', '../server/*', '../cli/*'] },
      ],
    },
  },
  {
    files: ['src/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../services/*', '../server/*', '../cli/*'] }] },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../server/*', '../cli/*'] }] },
  },
);
