// Region overview: the seven gaps of every ecosystem as a heatmap, grouped by region, with the
// region's median, each ecosystem's most pressing gap in a sentence and the pairs that never tie.
import { api, el, markReady, fmt, levelCell, problemBox, regionName, renderHeader, ordinalRank, LEVELS } from './common.js';

renderHeader('overview');
const main = document.querySelector('main');

async function load() {
  const [ecosystems, region, findings, definitions] = await Promise.all([
    api('/api/ecosystems'),
    api('/api/gaps/region'),
    api('/api/gaps?evidenceLimit=0'),
    api('/api/gaps/definitions'),
  ]);
  const gaps = definitions.definitions;
  const finding = new Map(findings.map(f => [`${f.ecosystem} ${f.gap}`, f]));
  const rank = new Map();
  for (const [gap, ranked] of Object.entries(region.rankings)) {
    for (const r of ranked) rank.set(`${r.ecosystemId} ${gap}`, r.rank);
  }
  const ranked = new Map(Object.entries(region.rankings).map(([g, list]) => [g, list.length]));

  main.replaceChildren(
    el('h1', {}, 'Region overview'),
    el('p', { class: 'lead' },
      `The seven gaps of each of the region's ${ecosystems.length} ecosystems, judged on the network as it `
      + `stood in ${definitions.referenceYear}. Severity runs from 0 (every actor concerned has a strong tie `
      + 'across the gap) to 1 (none has any). Choose a cell to see that gap in its ecosystem.'),
    legend(),
    heatmap(ecosystems, gaps, finding, rank, ranked, region.medians),
    el('h2', {}, 'The most pressing gap of each ecosystem'),
    pressing(ecosystems, gaps, finding, rank, ranked),
    el('h2', {}, 'Ecosystems that never work together'),
    el('div', { id: 'never' }, el('p', { class: 'loading' }, 'Loading the inter-ecosystem matrix…')));
  markReady();
  loadNeverConnected(ecosystems);
}

function legend() {
  return el('div', { class: 'legend', 'aria-label': 'Colour legend' },
    el('span', {}, 'Level:'),
    LEVELS.map(l => el('span', {}, el('span', { class: `swatch lvl-${l}` }), l)),
    el('span', {}, el('span', { class: 'swatch lvl-na' }), 'n/a: the gap cannot be judged here'),
    el('span', { class: 'muted' }, 'none < 0.20 \u2264 mild < 0.40 \u2264 moderate < 0.60 \u2264 severe; # is the rank, 1 = worst'));
}

function byRegion(ecosystems) {
  const groups = new Map();
  for (const e of ecosystems) {
    if (!groups.has(e.region)) groups.set(e.region, []);
    groups.get(e.region).push(e);
  }
  for (const list of groups.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return [...groups.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0]))).reverse();
}

function heatmap(ecosystems, gaps, finding, rank, ranked, medians) {
  const table = el('table', { class: 'heatmap', id: 'heatmap' },
    el('caption', { class: 'muted small', style: 'caption-side: bottom; text-align: left; padding-top: 6px' },
      'Each cell gives the severity (0 to 1), its level and the ecosystem\u2019s rank on that gap in the region.'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'eco' }, 'Ecosystem'),
      gaps.map(g => el('th', { scope: 'col', title: g.description }, g.name.replace(/ gap$/, ''))))));
  const body = el('tbody');
  for (const [code, list] of byRegion(ecosystems)) {
    body.append(el('tr', { class: 'region' }, el('th', { colspan: gaps.length + 1, scope: 'colgroup' },
      `${regionName(code)}: ${list.length} ecosystems`)));
    for (const e of list) {
      const row = el('tr', { 'data-ecosystem': e.id },
        el('th', { scope: 'row', class: 'eco' }, el('a', { href: `/ecosystems/${encodeURIComponent(e.id)}` }, e.name)));
      for (const g of gaps) {
        const f = finding.get(`${e.id} ${g.id}`);
        const r = rank.get(`${e.id} ${g.id}`);
        const href = `/ecosystems/${encodeURIComponent(e.id)}?gap=${encodeURIComponent(g.id)}`;
        if (!f || !f.applicable) {
          row.append(el('td', { class: 'lvl-na', 'data-gap': g.id },
            el('a', { href, 'aria-label': `${e.name}, ${g.name}: cannot be judged. ${f ? f.reason : ''}`, title: f ? f.reason : '' },
              el('span', { class: 'sev' }, 'n/a'), el('span', { class: 'lvl' }, 'not judged'))));
        } else {
          row.append(el('td', { class: levelCell(f.level), 'data-gap': g.id, 'data-level': f.level },
            el('a', { href, 'aria-label': `${e.name}, ${g.name}: ${f.level}, severity ${fmt(f.severity)}, ${ordinalRank(r, ranked.get(g.id))} in the region` },
              el('span', { class: 'sev' }, fmt(f.severity)),
              el('span', { class: 'lvl' }, `${f.level} \u00b7 #${r}`))));
        }
      }
      body.append(row);
    }
  }
  body.append(el('tr', { class: 'median' }, el('th', { scope: 'row', class: 'eco' }, 'Median of the region\u2019s ecosystems'),
    gaps.map(g => el('td', { 'data-gap': g.id }, fmt(medians[g.id])))));
  table.append(body);
  return table;
}

function pressing(ecosystems, gaps, finding, rank, ranked) {
  const names = new Map(gaps.map(g => [g.id, g]));
  const list = el('ul', { class: 'sentences', id: 'pressing' });
  for (const e of [...ecosystems].sort((a, b) => a.name.localeCompare(b.name))) {
    const worst = gaps.map(g => finding.get(`${e.id} ${g.id}`))
      .filter(f => f && f.applicable)
      .sort((a, b) => b.severity - a.severity)[0];
    if (!worst) {
      list.append(el('li', {}, el('strong', {}, e.name), ': no gap can be judged.'));
      continue;
    }
    const g = names.get(worst.gap);
    const r = rank.get(`${e.id} ${worst.gap}`);
    const href = `/ecosystems/${encodeURIComponent(e.id)}?gap=${encodeURIComponent(worst.gap)}`;
    const text = worst.severity < 0.2
      ? ` is its largest, and it is small (${fmt(worst.severity)}, level none).`
      : ` is ${worst.level} (${fmt(worst.severity)}, ${ordinalRank(r, ranked.get(worst.gap))} in the region):`
        + ` ${worst.missing} of its ${worst.sourceActors} actors concerned have no tie across it`
        + (worst.weakOnly ? ` and ${worst.weakOnly} only weak ties.` : '.');
    list.append(el('li', {}, el('strong', {}, e.name), ': the ', el('a', { href }, g.name.toLowerCase()), text));
  }
  return list;
}

async function loadNeverConnected(ecosystems) {
  const box = document.getElementById('never');
  const names = new Map(ecosystems.map(e => [e.id, e.name]));
  try {
    const matrix = await api('/api/gaps/matrix');
    if (matrix.neverConnected.length === 0) {
      box.replaceChildren(el('p', {}, 'Every pair of ecosystems has at least one tie between their members.'));
      return;
    }
    box.replaceChildren(
      el('p', { class: 'lead' }, 'Pairs of ecosystems with no tie at all between their members, with the number of ties '
        + 'expected if their members formed ties at random (the more expected, the more surprising the gap).'),
      el('table', { class: 'data', id: 'never-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Ecosystem'), el('th', { scope: 'col' }, 'and ecosystem'),
          el('th', { scope: 'col', class: 'num' }, 'Ties', el('br'), 'expected by chance'))),
        el('tbody', {}, [...matrix.neverConnected].sort((a, b) => b.expected - a.expected).map(p => el('tr', {},
          el('td', {}, el('a', { href: `/ecosystems/${encodeURIComponent(p.a)}?gap=inter_ecosystem` }, names.get(p.a) || p.a)),
          el('td', {}, el('a', { href: `/ecosystems/${encodeURIComponent(p.b)}?gap=inter_ecosystem` }, names.get(p.b) || p.b)),
          el('td', { class: 'num' }, fmt(p.expected, 1)))))));
  } catch (e) {
    box.replaceChildren(problemBox(e));
  }
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'Region overview'), problemBox(e)); document.body.dataset.ready = 'error'; });
