// Regenerates the shipped themes from their recipes with the theme generator, so the official
// themes take exactly the path a municipality takes. `npm run themes -w @blaupause/tokens`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RECIPES = [
  { name: 'default', primary: '#1a56a0', description: 'neutral, the Blaupause look' },
  { name: 'bayern', primary: '#0098d4', secondary: '#0a3d6e', description: 'Bavarian blue and white' },
  { name: 'hessen', primary: '#e2001a', secondary: '#444444', description: 'Hessian red and white' },
  {
    name: 'musterstadt',
    primary: '#00796b',
    font: 'Source Sans 3, Source Sans Pro, Arial, sans-serif',
    description: 'example municipality: a green',
  },
  {
    name: 'beispielhausen',
    primary: '#c2185b',
    font: 'Atkinson Hyperlegible, Verdana, sans-serif',
    description: 'example municipality: a raspberry red',
  },
];

for (const r of RECIPES) {
  const args = [
    `${root}/bin/blaupause-theme.mjs`,
    '--name',
    r.name,
    '--primary',
    r.primary,
    '--out',
    `${root}/themes`,
    '--force',
  ];
  if (r.secondary) args.push('--secondary', r.secondary);
  if (r.font) args.push('--font', r.font);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The shipped themes' CSS is built into dist/ by scripts/build.mjs; keep only the DTCG sources.
  rmSync(`${root}/themes/${r.name}/${r.name}.css`, { force: true });
  console.log('');
}
