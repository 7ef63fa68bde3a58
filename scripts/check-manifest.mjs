// Fails when packages/components/custom-elements.json is not what the analyzer makes of the
// current source. Fix with `npm run analyze` and commit the result.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// The analyzer writes relative to the working directory, so the scratch folder lives in the repo.
const out = mkdtempSync(join('node_modules', '.cache-bp-cem-'));
try {
  const r = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    stdio: 'inherit',
    env: { ...process.env, BP_MANIFEST_OUTDIR: relative(process.cwd(), out) },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('packages/components/custom-elements.json', 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(committed ? JSON.parse(committed) : null)) {
    console.error('packages/components/custom-elements.json is out of date: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
