import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import restrictions that hold the architecture (see STYLE.md). A later config object replaces
// the rule's options of an earlier one, so each file group lists every restriction it needs.
const ECHARTS_FOR_REACT = {
  regex: '^echarts-for-react(/|$)',
  message: 'Only src/charts/chart.tsx and src/charts/echarts.ts touch echarts-for-react.',
};
const PURE_MODULE = [
  {
    regex: '^(react|react-dom|zustand)(/|$)',
    message: 'src/data, src/lib and src/charts/options are pure: no React, no store library.',
  },
  {
    regex: '(^|/)(features|app)(/|$)',
    message: 'src/data, src/lib and src/charts/options may not depend on src/features or src/app.',
  },
  ECHARTS_FOR_REACT,
];
const NO_STATE = {
  regex: '(^|/)state(/|$)',
  message: 'Chart option builders get everything as arguments: no imports from src/state.',
};
const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
  globalIgnores([
    'dist',
    'node_modules',
    'test-results',
    'playwright-report',
    'coverage',
    'data/*.schema.json',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      ...restrictImports([ECHARTS_FOR_REACT]),
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/data/**', 'src/lib/**'],
    rules: restrictImports(PURE_MODULE),
  },
  {
    files: ['src/charts/options/**'],
    rules: restrictImports([...PURE_MODULE, NO_STATE]),
  },
  {
    files: ['src/charts/chart.tsx', 'src/charts/echarts.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // expect(mock.method).toHaveBeenCalled() is the normal way to assert on a method.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
