/// <reference types="vite/client" />
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { wcagContrast } from 'culori';
import pairsFile from '../tokens/src/contrast-pairs.json';

/**
 * The design tokens as built (tokens/dist), never a hand-written copy: colour swatches with the
 * contrast ratios of every declared pair, spacing and type scales. Follows the theme and mode
 * toolbars.
 */
type ModeValues = Record<string, string>;
interface BuiltTheme {
  light: ModeValues;
  dark: ModeValues;
}

const built = import.meta.glob<BuiltTheme>('../tokens/dist/json/themes/*.json', { eager: true, import: 'default' });
const themes: Record<string, BuiltTheme> = Object.fromEntries(
  Object.entries(built).map(([path, data]) => [/([\w-]+)\.json$/.exec(path)?.[1] ?? path, data]),
);

function values(context: StoryContext): { name: string; mode: 'light' | 'dark'; tokens: ModeValues } {
  const name = String(context.globals['theme'] ?? 'default');
  const mode = context.globals['mode'] === 'dark' ? 'dark' : 'light';
  const theme = themes[name] ?? themes['default'];
  if (!theme) throw new Error('No built themes: run npm run build:tokens');
  return { name, mode, tokens: { ...theme.light, ...(mode === 'dark' ? theme.dark : {}) } };
}

const ratio = (a: string, b: string) => Math.floor(wcagContrast(a, b) * 100) / 100;

const meta: Meta = {
  title: 'Grundlagen/Design-Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Die Tokens des gewählten Themes, direkt aus dem Build (`tokens/dist`). Jede Kombination aus Vorder- und Hintergrund, die Komponenten verwenden, steht mit ihrem Kontrastverhältnis da; die CI prüft dieselbe Liste für jedes Theme in hell und dunkel.',
      },
    },
  },
};
export default meta;

export const Farben: Story = {
  render: (_args, context) => {
    const { name, mode, tokens } = values(context);
    const colors = Object.entries(tokens).filter(([, v]) => /^#[0-9a-f]{6}$/i.test(v));
    return html`
      <h2>Farben: ${name}, ${mode === 'dark' ? 'dunkel' : 'hell'}</h2>
      <ul class="bp-token-swatches">
        ${colors.map(
          ([token, value]) =>
            html`<li>
              <span class="bp-token-swatch" style="background:${value}" aria-hidden="true"></span>
              <code>${token}</code> <bdi dir="ltr">${value}</bdi>
            </li>`,
        )}
      </ul>
    `;
  },
};

export const Kontraste: Story = {
  render: (_args, context) => {
    const { name, mode, tokens } = values(context);
    return html`
      <h2>Kontrastpaare: ${name}, ${mode === 'dark' ? 'dunkel' : 'hell'}</h2>
      <table class="bp-token-table">
        <caption>
          Jedes Paar mit Mindestwert (WCAG 2.2: 4,5 für Text, 3 für Bedienelemente und Fokus)
        </caption>
        <thead>
          <tr>
            <th scope="col">Beispiel</th>
            <th scope="col">Vordergrund</th>
            <th scope="col">Hintergrund</th>
            <th scope="col">Verhältnis</th>
            <th scope="col">Mindestens</th>
            <th scope="col">Verwendung</th>
          </tr>
        </thead>
        <tbody>
          ${pairsFile.pairs.map((p) => {
            const fg = tokens[`--bp-${p.foreground}`];
            const bg = tokens[`--bp-${p.background}`];
            if (!fg || !bg) return nothing;
            const r = ratio(fg, bg);
            return html`<tr>
              <td>
                ${
                  p.min >= 4.5
                    ? html`<span class="bp-token-sample" style="color:${fg};background:${bg}">Aa</span>`
                    : html`<span class="bp-token-sample" style="background:${bg}"
                        ><span
                          class="bp-token-boundary"
                          style="border-color:${fg}"
                          role="img"
                          aria-label="Rahmen"
                        ></span
                      ></span>`
                }
              </td>
              <td><code>${p.foreground}</code></td>
              <td><code>${p.background}</code></td>
              <td>${r.toLocaleString('de-DE', { minimumFractionDigits: 2 })}:1 ${r >= p.min ? '✓' : '✗ zu niedrig'}</td>
              <td>${p.min.toLocaleString('de-DE')}:1</td>
              <td>${p.use}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  },
};

export const AbstaendeUndSchrift: Story = {
  name: 'Abstände und Schrift',
  render: (_args, context) => {
    const { tokens } = values(context);
    const spaces = Object.entries(tokens).filter(([t]) => t.startsWith('--bp-space-'));
    const sizes = Object.entries(tokens).filter(([t]) => t.startsWith('--bp-font-size-'));
    return html`
      <h2>Abstände</h2>
      <ul class="bp-token-scale">
        ${spaces.map(
          ([token, value]) =>
            html`<li>
              <span class="bp-token-bar" style="inline-size:${value}" aria-hidden="true"></span><code>${token}</code>
              ${value}
            </li>`,
        )}
      </ul>
      <h2>Schriftgrößen</h2>
      <ul class="bp-token-scale">
        ${sizes.map(
          ([token, value]) =>
            html`<li><span style="font-size:${value}">Bürgerservice ${value}</span> <code>${token}</code></li>`,
        )}
      </ul>
      <p>Schriftart: <code>${tokens['--bp-font-family-base']}</code></p>
    `;
  },
};

type Story = StoryObj;
