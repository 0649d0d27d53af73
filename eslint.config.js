// ESLint for the whole project: TypeScript (typescript-eslint, type-aware where it pays) and
// Astro components (eslint-plugin-astro). `npm run lint` runs it with Prettier's check; zero warnings.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.build/', '.astro/', '.tools/', 'node_modules/', 'bench-output/', 'test-results/', 'playwright-report/', 'dist.*/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // An unused value is a leftover; a leading underscore says "deliberately unused".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Tests edit parsed JSON fixtures field by field, as an editor would: untyped on purpose.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
