// `npm test` runs this: the contrast gate over every built theme (dist/json/themes/*.json) in light
// and dark. Prints a table of the failing pairs (or the lowest pair per theme) and exits 1 on failure.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, gate, lowest } from '../lib/contrast-gate.mjs';
import { formatRatio } from '../lib/color.mjs';

const dir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'json', 'themes'));
const themes = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
);
if (!Object.keys(themes).length) {
  console.error(`No themes in ${dir}: build the tokens first.`);
  process.exit(1);
}
const rows = gate(themes);
const failed = rows.filter((r) => !r.ok);
const low = lowest(rows);
console.log(`Contrast gate: ${rows.length} checks (${Object.keys(themes).length} themes × light/dark × pairs).`);
console.log(
  Object.values(low)
    .map(
      (r) =>
        `  ${r.theme.padEnd(16)} lowest ${formatRatio(r.ratio)}:1 (needs ${r.min}:1) ${r.foreground} on ${r.background}, ${r.mode}`,
    )
    .join('\n'),
);
if (failed.length) {
  console.error(`\n${failed.length} pair(s) below their minimum:\n\n${formatTable(failed)}`);
  process.exit(1);
}
