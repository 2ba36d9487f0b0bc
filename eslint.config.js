// The code linter (`npm run lint`, part of `npm test`). Layer rules live in .dependency-cruiser.cjs;
// this file holds the code rules: typescript-eslint's recommended set with type information, and
// the rules of React hooks. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each part of the tree is checked with the tsconfig it is compiled with, so type-aware rules
// see the same libraries (DOM or Node) the compiler does.
const projects = [
  { files: ['renderer/**/*.{ts,tsx}'], project: './tsconfig.web.json', globals: globals.browser },
  { files: ['test/**/*.{ts,tsx}'], project: './tsconfig.test.json', globals: { ...globals.node, ...globals.browser } },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    project: './tsconfig.node.json',
    globals: globals.node,
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.electron-native/**', 'test-results/**', '.scratch-*/**', '.tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  ...projects.map(({ files, project, globals: names }) => ({
    files,
    languageOptions: {
      globals: names,
      parserOptions: { project, tsconfigRootDir: import.meta.dirname },
    },
  })),
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.stringMatching, expect.any) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
);
