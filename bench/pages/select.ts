import '@blaupause/components/select.js';
import { runBench } from './harness.js';

const laender = ['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen'];

runBench((i) => {
  const el = document.createElement('bp-select');
  el.label = `Feld ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  el.options = laender.map((label) => ({ value: label, label }));
  return el;
});
