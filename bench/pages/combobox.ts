import '@blaupause/components/combobox.js';
import { runBench } from './harness.js';

const options = ['Amberg', 'Ansbach', 'Aschaffenburg', 'Augsburg', 'Bamberg', 'Bayreuth', 'Coburg', 'Erlangen'].map(
  (label, i) => ({ value: String(i), label }),
);

runBench((i) => {
  const el = document.createElement('bp-combobox');
  el.label = `Feld ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  el.options = options;
  return el;
});
