// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['assignment', 'call', 'coach', 'debrief', 'drill', 'history', 'prepare', 'review', 'workshop'];

/**
 * The layers point one way: app → features → shared UI (components) → store and machines → domain → lib.
 * Each zone names a folder and what it may not reach; see ARCHITECTURE.md.
 */
const layerZones = [
  {
    target: './src/lib',
    from: ['./src/domain', './src/store', './machines', './src/components', './src/features', './src/app'],
    message: 'lib is the bottom layer: it knows nothing about the product.',
  },
  { target: './src/domain', from: ['./src/store', './machines', './src/components', './src/features', './src/app'], message: 'domain depends on lib only.' },
  { target: './machines', from: ['./src/store', './src/components', './src/features', './src/app'], message: 'machines depend on domain and lib only; side effects come in through .provide().' },
  { target: './src/store', from: ['./machines', './src/components', './src/features', './src/app'], message: 'the store depends on domain and lib only.' },
  { target: './src/components', from: ['./src/features', './src/app'], message: 'shared UI never reaches up into a feature or the app.' },
  { target: './src/features', from: ['./src/app'], message: 'features never import the app.' },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features never import each other: move what two features share down a layer.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type X }` still loads the module under verbatimModuleSyntax; a type-only import must not.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read raw JSON back from storage, files and pages, where `any` is the honest type; the assertions check its shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
