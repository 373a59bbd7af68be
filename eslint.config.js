import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import direction (STYLE.md): data and lib are pure; state knows no charts or features;
// features import neither each other nor the app shell. A later config object replaces the
// rule's options of an earlier one, so each file group lists every restriction it needs.
const ECHARTS_FOR_REACT = {
  regex: '^echarts-for-react(/|$)',
  message: 'Only src/charts/chart.tsx and src/charts/echarts.ts touch echarts-for-react.',
};
const layer = (name, why) => ({
  regex: `(^|/)(${name})(/|$)`,
  message: why,
});
const NO_REACT = {
  regex: '^(react|react-dom|zustand|react-i18next)(/|$)',
  message: 'This layer is pure: no React, no store library.',
};
/** Query options live beside the loader (STYLE.md 6); only the report hook is a React hook. */
const NO_QUERY_HOOKS = {
  regex: '^@tanstack/react-query(/|$)',
  message: 'Only src/data (query options, the report hook) uses the query library.',
};
const NO_STATE = layer('state', 'Only the app, shared hooks and features read the store.');
const NO_FEATURES = layer('features', 'Only the app shell composes features.');
const NO_APP = layer('app', 'Nothing imports the app shell but the entry and the build.');
const NO_BOOT = layer('boot', 'The boot script sits above the app: nothing imports it back.');
const NO_SHARED = layer('shared', 'Shared hooks and components sit above this layer.');
const NO_CHARTS = layer('charts', 'Charts sit above this layer.');
const NO_I18N_INSTANCE = {
  regex: '(^|/)i18n/(instance|words)$',
  message: 'Words are looked up by the caller and handed in: no i18next instance here.',
};
/** A feature importing another feature ("../other/…") rather than its own files or a layer below. */
const NO_OTHER_FEATURE = {
  regex: '^\\.\\./(?!\\.)',
  message: 'Features do not import each other: move what both need to src/shared.',
};
const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const PURE = [
  NO_REACT,
  NO_STATE,
  NO_FEATURES,
  NO_APP,
  NO_BOOT,
  NO_SHARED,
  NO_CHARTS,
  ECHARTS_FOR_REACT,
];

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
    files: ['src/lib/**'],
    rules: restrictImports([...PURE, NO_QUERY_HOOKS, NO_I18N_INSTANCE]),
  },
  {
    files: ['src/data/**'],
    rules: restrictImports([...PURE, NO_I18N_INSTANCE]),
  },
  {
    // The one React hook of the data layer: the report query, given its inputs as arguments.
    files: ['src/data/use-report.ts'],
    rules: restrictImports(PURE.filter((p) => p !== NO_REACT)),
  },
  {
    files: ['src/i18n/**'],
    rules: restrictImports([NO_STATE, NO_FEATURES, NO_APP, NO_BOOT, NO_SHARED, NO_CHARTS]),
  },
  {
    files: ['src/state/**'],
    rules: restrictImports([NO_FEATURES, NO_APP, NO_BOOT, NO_SHARED, NO_CHARTS, ECHARTS_FOR_REACT]),
  },
  {
    files: ['src/charts/**'],
    rules: restrictImports([NO_STATE, NO_FEATURES, NO_APP, NO_BOOT, NO_SHARED, ECHARTS_FOR_REACT]),
  },
  {
    files: ['src/charts/options/**'],
    rules: restrictImports([...PURE.filter((p) => p !== NO_CHARTS), NO_I18N_INSTANCE]),
  },
  {
    files: ['src/charts/chart.tsx', 'src/charts/echarts.ts'],
    rules: restrictImports([NO_STATE, NO_FEATURES, NO_APP, NO_BOOT, NO_SHARED]),
  },
  {
    files: ['src/shared/**'],
    rules: restrictImports([NO_FEATURES, NO_APP, NO_BOOT, ECHARTS_FOR_REACT]),
  },
  {
    files: ['src/features/**'],
    rules: restrictImports([NO_APP, NO_BOOT, NO_OTHER_FEATURE, ECHARTS_FOR_REACT]),
  },
  {
    files: ['src/app/**'],
    rules: restrictImports([NO_BOOT, ECHARTS_FOR_REACT]),
  },
  {
    // Tests set up whatever they test from any layer; the layering holds for the app's code.
    files: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: restrictImports([ECHARTS_FOR_REACT]),
  },
  {
    // expect(mock.method).toHaveBeenCalled() is the normal way to assert on a method.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
