import '@blaupause/components/radio-group.js';
import { runBench } from './harness.js';

// One group with three radios per instance; the group's updateComplete waits for its radios.
runBench((i) => {
  const el = document.createElement('bp-radio-group');
  el.label = `Frage ${i}`;
  el.hint = 'Ein Hinweis';
  el.name = `f${i}`;
  for (const answer of ['Ja', 'Nein', 'Weiß nicht']) {
    const radio = document.createElement('bp-radio');
    radio.value = answer;
    radio.textContent = answer;
    el.append(radio);
  }
  return el;
});
