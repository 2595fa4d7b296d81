// One lint setup for the whole repo. Framework packages add their plugin's block here
// (eslint-plugin-react-hooks, eslint-plugin-vue, eslint-plugin-svelte, angular-eslint) as they arrive.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.tools/**',
      '**/storybook-static/**',
      '**/coverage/**',
      '**/*.generated.ts',
      '**/.turbo/**',
      '**/.svelte-kit/**',
      '**/.nuxt/**',
      '**/.output/**',
      '**/.angular/**',
      '**/.next/**',
      '**/next-env.d.ts',
      'apps/example-sveltekit/build/**',
      // size-limit's input: @vidkit/angular's FESM as ng build links it (generated).
      '**/.size/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ThrowStatement > Literal',
          message: 'Throw an error class with a stable code (see STYLE), never a string.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: [
      'packages/react/**/*.{ts,tsx}',
      'apps/storybook-react/**/*.{ts,tsx}',
      'apps/docs/**/*.{ts,tsx}',
      'apps/example-next/**/*.{ts,tsx}',
    ],
    ...reactHooks.configs.flat.recommended,
  },
  prettier,
);
