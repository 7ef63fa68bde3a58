// @custom-elements-manifest/analyzer: the manifest feeds Storybook's args and docs, editors and
// framework type generators. Written to packages/components/custom-elements.json and committed;
// `npm test` fails when it is out of date (scripts/check-manifest.mjs).
export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/testing/**',
    '**/*.styles.ts',
    '**/strings.ts',
    '**/strings.en.ts',
    '**/*.strings.ts',
    '**/*.strings.en.ts',
    // bp-id-upload's internal file list (its FileActions element is not public API) and its types.
    '**/id-upload/list.ts',
    '**/id-upload/types.ts',
  ],
  outdir: process.env.BP_MANIFEST_OUTDIR ?? 'packages/components',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'bp-hide-internal',
      // Static, private, protected and @internal members stay out of the public API docs.
      packageLinkPhase({ customElementsManifest }) {
        // Modules in path order: the analyzer's own order follows the file system and differs
        // between runs, which made the committed manifest look out of date.
        customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) =>
                !m.static &&
                !m.name.startsWith('#') &&
                m.privacy !== 'private' &&
                m.privacy !== 'protected' &&
                !/@internal/.test(m.description ?? '') &&
                !m.internal,
            );
          }
        }
      },
      analyzePhase({ ts, node, moduleDoc }) {
        // Mark members whose JSDoc carries @internal.
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!decl) return;
        for (const member of node.members) {
          const tags = ts.getJSDocTags(member);
          if (tags.some((t) => t.tagName.getText() === 'internal')) {
            const name = member.name?.getText();
            const m = decl.members?.find((x) => x.name === name);
            if (m) m.internal = true;
          }
        }
      },
    },
  ],
};
