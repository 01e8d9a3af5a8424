import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-plugin-prettier/recommended';

export default tseslint.config(
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
      quotes: ['error', 'single', { avoidEscape: true }],
    },
  },
  { ignores: ['node_modules/', 'cdk.out/', 'cfn-outputs/'] }
);
