import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * Layer boundaries from the architecture: dependencies point one way, so a wrong import fails
 * the lint instead of a review. `target` is the importing folder, `from` what it may not import.
 */
const boundaries = [
  { target: './src/vocab', from: './src', except: ['./vocab'] },
  { target: './src/engine', from: './src', except: ['./engine', './knowledge', './vocab'] },
  { target: './src/knowledge', from: './src', except: ['./knowledge', './vocab'] },
  // A site says which facts its readings fill in: the engine's Facts, as a type only.
  { target: './src/pages', from: './src', except: ['./pages', './vocab', './engine/facts.ts'] },
  {
    target: './src/report',
    from: './src',
    // The salvage of a damaged value (pure, zod only) also reads another version's summary.
    except: ['./report', './engine', './knowledge', './pages', './vocab', './storage/salvage.ts'],
  },
  { target: './src', from: './entrypoints' },
  { target: './src', from: './tests' },
  { target: './content', from: ['./src', './entrypoints', './tests'] },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/cli/**', 'tests/**', 'scripts/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    // Only the background and content scripts may talk to the browser; the pure layers stay testable.
    files: ['src/engine/**', 'src/knowledge/**', 'src/pages/**', 'src/report/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['wxt/browser', 'webextension-polyfill'], patterns: ['wxt/*'] },
      ],
    },
  },
);
