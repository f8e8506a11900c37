// What-if: pick recommended ties (or type two actors and a tie kind) and see every gap of every
// touched ecosystem before and after, through POST /api/what-if. Nothing is written.
import { api, el, markReady, fmt, problemBox, query, renderHeader, TIE_KINDS } from './common.js';
import '/vendor/chart.js-4.6.1/chart.umd.min.js';

renderHeader('what-if');
const main = document.querySelector('main');
const own = [];
let charts = [];

async function load() {
  const [ecosystems, definitions] = await Promise.all([api('/api/ecosystems'), api('/api/gaps/definitions')]);
  const names = new Map(definitions.definitions.map(d => [d.id, d.name]));
  const chosen = query('ecosystem') || ecosystems[0]?.id;
  const select = el('select', { id: 'ecosystem', onchange: e => loadRecommendations(e.target.value, names) },
    [...ecosystems].sort((a, b) => a.name.localeCompare(b.name)).map(e => el('option', { value: e.id, selected: e.id === chosen }, e.name)));
  main.replaceChildren(
    el('h1', {}, 'What-if'),
    el('p', { class: 'lead' }, 'Choose ties that could be made, and see how every gap of every ecosystem they touch would change. '
      + 'This only calculates: nothing is written to the database.'),
    el('div', { class: 'grid2' },
      el('section', { 'aria-labelledby': 'recs-heading' },
        el('h2', { id: 'recs-heading' }, '1. Recommended ties'),
        el('div', { class: 'controls' }, el('div', {}, el('label', { for: 'ecosystem' }, 'Ecosystem'), select)),
        el('div', { id: 'recs', class: 'recs' }, el('p', { class: 'loading' }, 'Loading…'))),
      el('section', { 'aria-labelledby': 'own-heading', class: 'sticky' },
        el('h2', { id: 'own-heading' }, '2. Or a tie of your own'),
        ownTieForm(),
        el('ul', { id: 'own-list' }),
        el('h2', {}, '3. See the effect'),
        el('p', {}, el('button', { type: 'button', class: 'primary', id: 'compute', onclick: () => compute(names) }, 'Show before and after')))),
    el('div', { id: 'result', 'aria-live': 'polite' }));
  await loadRecommendations(chosen, names);
  markReady();
}

async function loadRecommendations(ecosystem, names) {
  const box = document.getElementById('recs');
  box.replaceChildren(el('p', { class: 'loading' }, 'Loading recommendations…'));
  history.replaceState(null, '', `/what-if?ecosystem=${encodeURIComponent(ecosystem)}`);
  try {
    const recs = await api(`/api/recommendations?ecosystem=${encodeURIComponent(ecosystem)}&limit=3`);
    const groups = recs.gaps.filter(g => g.applicable && g.recommendations.length);
    box.replaceChildren(...groups.map(g => el('fieldset', {},
      el('legend', {}, `${g.gapName} (now ${fmt(g.severity)}, ${g.level})`),
      g.recommendations.map((r, i) => {
        const input = el('input', { type: 'checkbox', id: `rec-${g.gap}-${i}`, class: 'rec', 'data-tie': JSON.stringify(r.proposedTie) });
        const what = r.type === 'strengthen' ? 'Strengthen the tie of' : 'Introduce';
        return el('label', { for: input.id }, input, ` ${what} ${r.source.name} ${r.type === 'strengthen' ? 'with' : 'to'} ${r.target.name}`,
          el('span', { class: 'muted small' }, ` (${r.proposedTie.kind}, weight ${r.proposedTie.weight}; ${r.parts.severityDrop > 0 ? `alone \u2212${fmt(r.parts.severityDrop, 3)}` : 'no effect on the severity alone'})`));
      }))));
    if (!groups.length) box.replaceChildren(el('p', {}, 'No recommendations for this ecosystem.'));
  } catch (e) {
    box.replaceChildren(problemBox(e));
  }
}

function actorInput(idName, label) {
  const list = el('datalist', { id: `${idName}-options` });
  const input = el('input', { type: 'text', id: idName, list: list.id, placeholder: 'Type a name', autocomplete: 'off', size: 32 });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2 || /\[[^\]]+\]$/.test(text)) return;
    timer = setTimeout(async () => {
      try {
        const page = await api(`/api/actors?q=${encodeURIComponent(text)}&size=20`);
        list.replaceChildren(...page.items.map(a => el('option', { value: `${a.name} [${a.id}]` })));
      } catch (e) { /* the list just stays as it was */ }
    }, 200);
  });
  return el('div', {}, el('label', { for: idName }, label), input, list);
}

function actorId(text) {
  const m = /\[([^\]]+)\]\s*$/.exec(text);
  return (m ? m[1] : text).trim();
}

function ownTieForm() {
  return el('div', {},
    el('div', { class: 'controls' }, actorInput('own-from', 'From'), actorInput('own-to', 'To')),
    el('div', { class: 'controls' },
      el('div', {}, el('label', { for: 'own-kind' }, 'Kind'),
        el('select', { id: 'own-kind' }, Object.entries(TIE_KINDS).map(([k, v]) => el('option', { value: k }, v.label)))),
      el('div', {}, el('label', { for: 'own-weight' }, 'Weight'), el('input', { type: 'number', id: 'own-weight', value: 2, min: 0, step: 'any' })),
      el('div', {}, el('button', { type: 'button', id: 'own-add', onclick: addOwn }, 'Add this tie'))));
}

function addOwn() {
  const from = document.getElementById('own-from').value;
  const to = document.getElementById('own-to').value;
  const tie = { from: actorId(from), to: actorId(to), kind: document.getElementById('own-kind').value,
    weight: Number(document.getElementById('own-weight').value) };
  own.push({ tie, text: `${from} \u2013 ${to} (${tie.kind}, weight ${tie.weight})` });
  renderOwn();
}

function renderOwn() {
  document.getElementById('own-list').replaceChildren(...own.map((o, i) => el('li', {}, o.text, ' ',
    el('button', { type: 'button', onclick: () => { own.splice(i, 1); renderOwn(); } }, 'Remove'))));
}

async function compute(names) {
  const ties = [...document.querySelectorAll('input.rec:checked')].map(c => JSON.parse(c.dataset.tie)).concat(own.map(o => o.tie));
  const box = document.getElementById('result');
  if (!ties.length) {
    box.replaceChildren(el('p', { class: 'banner problem' }, 'Choose at least one recommended tie or add one of your own.'));
    return;
  }
  box.replaceChildren(el('p', { class: 'loading' }, 'Calculating…'));
  let result;
  try {
    result = await api('/api/what-if', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ties }) });
  } catch (e) {
    const errors = e.problem?.errors || [];
    if (errors.length) {
      box.replaceChildren(el('div', { class: 'banner problem', role: 'alert' },
        el('strong', {}, 'Nothing was calculated: '),
        `${errors.length === 1 ? 'one tie needs' : `${errors.length} ties need`} a correction (ties are numbered in the order you chose them).`,
        el('ul', {}, errors.map(x => el('li', {}, `Tie ${x.index + 1}, ${x.field}: ${x.message}`)))));
    } else {
      box.replaceChildren(problemBox(e));
    }
    return;
  }
  charts.forEach(c => c.destroy());
  charts = [];
  const selected = document.getElementById('ecosystem').value;
  const touched = new Set(result.changed.map(c => c.ecosystemId));
  touched.add(selected);
  const byEco = new Map();
  for (const c of result.changes) {
    if (!touched.has(c.ecosystemId)) continue;
    if (!byEco.has(c.ecosystemId)) byEco.set(c.ecosystemId, []);
    byEco.get(c.ecosystemId).push(c);
  }
  const sections = [];
  for (const [eco, changes] of byEco) {
    const canvas = el('canvas', { role: 'img', 'aria-label': `Severity of each gap of ${changes[0].ecosystemName} before and after` });
    sections.push(el('section', { class: 'whatif-eco', 'data-ecosystem': eco },
      el('h3', {}, changes[0].ecosystemName),
      el('div', { class: 'chartbox' }, canvas),
      el('table', { class: 'data small' },
        el('thead', {}, el('tr', {}, ['Gap', 'Before', 'After', 'Change', 'Level'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, changes.map(c => el('tr', { 'data-gap': c.gap },
          el('td', {}, names.get(c.gap) || c.gap),
          el('td', { class: 'num' }, fmt(c.before)), el('td', { class: 'num after' }, fmt(c.after)),
          el('td', { class: 'num' }, c.change === null ? 'n/a' : Math.abs(c.change) < 5e-4 ? 'no change' : (c.change < 0 ? '\u2212' : '+') + fmt(Math.abs(c.change), 3)),
          el('td', {}, c.levelBefore === c.levelAfter ? (c.levelAfter || 'n/a') : `${c.levelBefore} \u2192 ${c.levelAfter}`)))))));
    charts.push({ canvas, changes });
  }
  box.replaceChildren(el('h2', {}, 'Before and after'),
    el('p', {}, `${ties.length} proposed ${ties.length === 1 ? 'tie' : 'ties'}; ${result.changed.length} gap findings change. Nothing was written.`),
    ...sections);
  charts = charts.map(({ canvas, changes }) => new Chart(canvas, {
    type: 'bar',
    data: {
      labels: changes.map(c => (names.get(c.gap) || c.gap).replace(/ gap$/, '')),
      datasets: [
        { label: 'Before', data: changes.map(c => c.before), backgroundColor: '#999999' },
        { label: 'After', data: changes.map(c => c.after), backgroundColor: '#0072B2' },
      ],
    },
    options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { min: 0, max: 1, title: { display: true, text: 'Severity (0 = closed, 1 = fully open)' } } } },
  }));
  document.body.dataset.computed = String(Date.now());
  box.scrollIntoView({ block: 'start' });
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'What-if'), problemBox(e)); document.body.dataset.ready = 'error'; });
