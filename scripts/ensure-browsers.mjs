// Makes sure the three test browsers from Debian's packages are there. Missing ones are
// installed with apt-get when running as root (as on CI); otherwise the packages are named and
// the run stops. Nothing is downloaded by an npm tool.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { browserPaths } from './browsers.mjs';

export const BROWSER_PACKAGES = {
  chromium: { files: [browserPaths.chromium], packages: ['chromium'] },
  firefox: { files: [browserPaths.firefox], packages: ['firefox-esr'] },
  webkit: {
    files: [browserPaths.webkitDriver, browserPaths.xvfb, browserPaths.webkit],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

export function missingPackages(browsers) {
  return browsers.flatMap((b) =>
    BROWSER_PACKAGES[b].files.every((f) => existsSync(f)) ? [] : BROWSER_PACKAGES[b].packages,
  );
}

export function ensureBrowsers(browsers) {
  const missing = missingPackages(browsers);
  if (!missing.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `Missing test browsers. Install these Debian packages and run again:\n  sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing test browsers from Debian's packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${r.status}).`);
      process.exit(1);
    }
  }
  const still = missingPackages(browsers);
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.join(' ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowsers(process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BROWSER_PACKAGES));
}
