// Serves a virtual module that imports every Storybook story file, so the story audit test picks
// up new stories without being edited.
import { globSync } from 'tinyglobby';
import { relative } from 'node:path';

export const STORIES_INDEX = '/__bp/stories-index.js';

export function storiesIndexPlugin({ rootDir, pattern = 'stories/**/*.stories.ts' }) {
  return {
    name: 'bp-stories-index',
    serve(context) {
      if (context.path !== STORIES_INDEX) return undefined;
      const files = globSync(pattern, { cwd: rootDir }).sort();
      const imports = files.map((f, i) => `import * as s${i} from '/${relative(rootDir, `${rootDir}/${f}`)}';`);
      const entries = files.map((f, i) => `  [${JSON.stringify(f)}, s${i}],`);
      return {
        body: `${imports.join('\n')}\nexport default [\n${entries.join('\n')}\n];\n`,
        type: 'js',
      };
    },
  };
}
