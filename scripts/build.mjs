// `npm run build`: tokens → domain and components (ESM + .d.ts) → custom-elements manifest →
// one-file browser bundles with rollup, whose min/gzip/brotli sizes it prints.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { compressedSizes, kb } from './lib/sizes.mjs';

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✘ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

rmSync('dist', { recursive: true, force: true });
step('design tokens (Style Dictionary)', 'npm', ['run', '--silent', 'build:tokens']);
step('@blaupause/domain and @blaupause/components (tsc)', 'npx', [
  'tsc',
  '-b',
  'packages/components/tsconfig.build.json',
]);
step('custom-elements manifest', 'npx', [
  'cem',
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
step('browser bundles (rollup)', 'npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
console.log(`\n${'bundle'.padEnd(36)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
for (const file of globSync('dist/**/*.min.js').sort()) {
  const s = compressedSizes(readFileSync(file));
  console.log(`${file.padEnd(36)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}`);
}
mkdirSync('dist', { recursive: true });
copyFileSync('tokens/dist/css/tokens.css', 'dist/tokens.css');
console.log(
  '\nBuilt: tokens/dist, packages/*/dist, packages/components/custom-elements.json, dist/blaupause.min.js, dist/tokens.css',
);
