// For researchers: rank actors by any measure on a chosen scope, and download the network.
import { api, el, markReady, fmtNumber, problemBox, query, renderHeader, SECTORS } from './common.js';

renderHeader('researchers');
const main = document.querySelector('main');

async function load() {
  const [measures, ecosystems] = await Promise.all([api('/api/measures'), api('/api/ecosystems')]);
  const sorted = [...ecosystems].sort((a, b) => a.name.localeCompare(b.name));
  const scopeEco = el('select', { id: 'scope-ecosystem' }, el('option', { value: '' }, 'the whole network'),
    sorted.map(e => el('option', { value: e.id, selected: e.id === query('ecosystem') }, e.name)));
  main.replaceChildren(
    el('h1', {}, 'For researchers'),
    el('p', { class: 'lead' }, 'Rank the actors by a network measure on the whole network, one ecosystem or one actor\u2019s ego network, '
      + 'and take the network to Gephi, yEd or NetworkX. The measures equal NetworkX\u2019s on the same graph; on large networks '
      + 'betweenness and closeness are estimated from a sample of actors, and the ranking says so.'),
    el('form', { class: 'controls', id: 'rank-form', onsubmit: e => { e.preventDefault(); rank(); } },
      el('div', {}, el('label', { for: 'measure' }, 'Measure'),
        el('select', { id: 'measure' }, measures.map(m => el('option', { value: m.id, selected: m.id === (query('measure') || 'pagerank') }, m.label)))),
      el('div', {}, el('label', { for: 'scope-ecosystem' }, 'Scope'), scopeEco),
      el('div', {}, el('label', { for: 'ego' }, 'or ego network of (actor id)'), el('input', { type: 'text', id: 'ego', size: 10, value: query('ego') || '' })),
      el('div', {}, el('label', { for: 'order' }, 'Order'),
        el('select', { id: 'order' },
          el('option', { value: 'desc', selected: query('order') !== 'asc' }, 'highest first'),
          el('option', { value: 'asc', selected: query('order') === 'asc' }, 'lowest first'))),
      el('div', {}, el('label', { for: 'limit' }, 'Show'), el('input', { type: 'number', id: 'limit', min: 1, value: query('limit') || 25, size: 5 })),
      el('div', {}, el('button', { type: 'submit', class: 'primary' }, 'Rank'))),
    el('div', { id: 'ranking', 'aria-live': 'polite' }),
    el('h2', {}, 'Downloads'),
    el('p', {}, 'The network (of the scope chosen above) with sector, roles, ecosystems and PageRank, betweenness and degree as attributes:'),
    el('div', { class: 'toolbar', id: 'downloads' }),
    el('h2', {}, 'More'),
    el('ul', {},
      el('li', {}, el('a', { href: '/swagger-ui.html' }, 'The API, every endpoint to try in the browser'), ' (OpenAPI description at ',
        el('a', { href: '/v3/api-docs' }, '/v3/api-docs'), ')'),
      el('li', {}, el('a', { href: '/notebooks/researcher.ipynb', download: 'researcher.ipynb' }, 'The researchers\u2019 notebook'),
        ': Jupyter, reads this API with pandas and NetworkX and checks the measures against NetworkX')));
  scopeEco.addEventListener('change', downloads);
  downloads();
  await rank();
  markReady();
}

function downloads() {
  const eco = document.getElementById('scope-ecosystem').value;
  const scope = eco ? `&ecosystem=${encodeURIComponent(eco)}` : '';
  const measures = '&measures=pagerank,betweenness,degree';
  document.getElementById('downloads').replaceChildren(
    ...[['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML (yEd, NetworkX)'], ['csv', 'CSV edge list']].map(([f, label]) =>
      el('a', { class: 'button', href: `/api/export?format=${f}${scope}${measures}`, download: '' }, label)));
}

async function rank() {
  const box = document.getElementById('ranking');
  const measure = document.getElementById('measure').value;
  const eco = document.getElementById('scope-ecosystem').value;
  const ego = document.getElementById('ego').value.trim();
  const limit = document.getElementById('limit').value || 25;
  const order = document.getElementById('order').value;
  const params = new URLSearchParams({ measure, limit, order });
  if (ego) params.set('ego', ego); else if (eco) params.set('ecosystem', eco);
  box.replaceChildren(el('p', { class: 'loading' }, 'Computing…'));
  try {
    const result = await api(`/api/centrality?${params}`);
    const method = howComputed(result);
    box.replaceChildren(
      el('p', { class: 'small', id: 'ranking-about' }, `${result.scores.length} of ${result.actors} actors in scope (${result.scope}).${method} `,
        el('a', { href: `/api/centrality?${params}` }, 'as JSON')),
      el('table', { class: 'data', id: 'ranking-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num' }, 'Rank'), el('th', { scope: 'col' }, 'Actor'),
          el('th', { scope: 'col' }, 'Sector'), el('th', { scope: 'col', class: 'num' }, measure))),
        el('tbody', {}, result.scores.map(s => el('tr', {},
          el('td', { class: 'num' }, s.rank),
          el('td', {}, el('a', { href: `/actors/${encodeURIComponent(s.id)}` }, s.name)),
          el('td', {}, SECTORS[s.sector]?.label || s.sector),
          el('td', { class: 'num' }, fmtNumber(s.value)))))),
      result.scores.some(s => s.value === null)
        ? el('p', { class: 'small muted', id: 'ranking-undefined' }, 'n/a: the measure has no value for an actor without ties in this scope'
          + ' (as in NetworkX); such actors are listed last.')
        : '');
  } catch (e) {
    box.replaceChildren(problemBox(e));
  }
}

// How a measure that is estimated on large networks was computed, in words.
function howComputed(result) {
  const b = result.betweenness;
  const c = result.closeness;
  if (b) {
    return b.method === 'sampled'
      ? ` Betweenness estimated from the shortest paths of ${b.pivots} randomly chosen actors (seed ${b.seed}); exact on smaller scopes.`
      : ' Betweenness computed exactly.';
  }
  if (c) {
    return c.method === 'sampled'
      ? ` Estimated from the distances of ${c.searches} randomly chosen actors (seed ${c.seed}); exact on smaller scopes, and each actor's own page shows its exact value.`
      : ' Computed exactly.';
  }
  return '';
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'For researchers'), problemBox(e)); document.body.dataset.ready = 'error'; });
