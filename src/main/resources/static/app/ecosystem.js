// Ecosystem page: members by sector and role, locomotives, the seven gaps with their evidence, and
// the network map (server-side layout, Cytoscape.js) with the gap overlay, recommended bridges,
// actor cards and search.
import {
  api, el, markReady, fmt, fmtNumber, levelCell, plural, problemBox, query, regionName, renderHeader,
  ROLE_LABELS, roleCount, SECTORS, TIE_KINDS, OTHER_KIND_COLOR,
} from './common.js';
import '/vendor/cytoscape-3.35.0/cytoscape.min.js';

renderHeader(null);
const main = document.querySelector('main');
const id = decodeURIComponent(location.pathname.split('/')[2]);
const state = { cy: null, map: null, gaps: null, overlay: query('gap') || '', bridges: false, measures: [] };

const MAP_MEASURES = ['degree', 'strength', 'betweenness', 'pagerank', 'eigenvector', 'coreness', 'clustering'];

function normalise(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

async function load() {
  const [eco, gaps, measures] = await Promise.all([
    api(`/api/ecosystems/${encodeURIComponent(id)}`),
    api(`/api/ecosystems/${encodeURIComponent(id)}/gaps?evidenceLimit=500`),
    api('/api/measures'),
  ]);
  performance.mark('data');
  state.gaps = gaps;
  state.measures = measures.filter(m => MAP_MEASURES.includes(m.id));
  document.title = `${eco.name} · Brobygge`;
  main.replaceChildren(
    el('p', { class: 'small' }, el('a', { href: '/' }, '\u2190 Region overview')),
    el('h1', {}, eco.name),
    el('p', { class: 'lead' },
      `${regionName(eco.region)} \u00b7 ${plural(eco.members, 'member')} \u00b7 ${eco.ties.internal} ties among them, `
      + `${eco.ties.boundary} with actors outside. Gaps judged as of ${gaps.referenceYear}.`),
    el('div', { class: 'toolbar' },
      el('a', { class: 'button primary', href: `/ecosystems/${encodeURIComponent(id)}/plan` }, 'Cluster plan'),
      el('a', { class: 'button', href: `/ecosystems/${encodeURIComponent(id)}/evaluation` }, 'Evaluation over time'),
      el('a', { class: 'button', href: `/what-if?ecosystem=${encodeURIComponent(id)}` }, 'What-if: try new ties')),
    el('h2', { id: 'gaps-heading' }, 'The seven gaps'),
    gapCards(gaps),
    el('h2', { id: 'map-heading' }, 'Network map'),
    mapSection(),
    el('h2', {}, 'Members'),
    members(eco),
    el('h3', {}, 'Locomotives'),
    el('div', { id: 'locomotives' }, el('p', { class: 'loading' }, 'Loading…')));
  performance.mark('page');
  await drawMap('degree');
  performance.mark('map');
  markReady();
  if (state.overlay) {
    const card = document.getElementById(`gap-${state.overlay}`);
    if (card) card.scrollIntoView({ block: 'start' });
  }
  loadLocomotives();
}

// ------------------------------------------------------------------ gaps

function gapCards(gaps) {
  const box = el('div', { class: 'gapcards', id: 'gap-cards' });
  for (const f of gaps.findings) {
    const name = gapName(f.gap);
    const chosen = f.gap === state.overlay;
    const summary = el('summary', { class: levelCell(f.applicable ? f.level : null) },
      el('span', {}, el('strong', {}, name)),
      el('span', {}, f.applicable ? `${fmt(f.severity)} \u00b7 ${f.level}` : 'not judged'));
    const details = el('details', { class: `gap${chosen ? ' chosen' : ''}`, id: `gap-${f.gap}`, 'data-gap': f.gap, open: chosen },
      summary, el('div', { class: 'body' }, gapBody(f, gaps)));
    box.append(details);
  }
  return box;
}

function gapName(gap) {
  const m = state.map?.gaps.find(g => g.gap === gap);
  if (m) return m.name;
  return { research: 'Research gap', education: 'Education gap', capital: 'Capital gap', authority: 'Public-authority gap',
    inter_firm: 'Inter-firm gap', inter_ecosystem: 'Inter-ecosystem gap', global_market: 'Global-market gap' }[gap] || gap;
}

function gapBody(f, gaps) {
  if (!f.applicable) {
    return [el('p', {}, `This gap cannot be judged here: ${f.reason}.`)];
  }
  const parts = [
    el('p', {},
      `Of the ${plural(f.sourceActors, 'actor')} concerned, ${f.strong} have a strong tie across the gap, `
      + `${f.weakOnly} only weak ties and ${f.missing} none. `
      + `Rank ${gaps.rank[f.gap]} in the region (1 = worst); the region\u2019s median is ${fmt(gaps.regionMedian[f.gap])}.`),
    el('p', {}, `Ties across the gap: ${f.observedTies}, where ${fmt(f.expectedTies, 1)} would be expected if these actors `
      + 'formed ties at random.'),
    el('button', { type: 'button', class: 'primary', onclick: () => showOverlay(f.gap) }, 'Show on the map'),
  ];
  if (f.missingEdges.length) {
    parts.push(el('h4', {}, `No tie across (${f.missing})`),
      el('ul', { class: 'small', 'data-missing': f.gap }, f.missingEdges.map(m =>
        el('li', {}, el('a', { href: `/actors/${encodeURIComponent(m.actorId)}` }, m.actorName)))));
    if (f.evidenceTruncated) parts.push(el('p', { class: 'muted small' }, 'The list is cut; the API gives it all.'));
  }
  if (f.weakEdges.length) {
    parts.push(el('h4', {}, `Weak ties across (${f.weakEdgeCount})`),
      el('table', { class: 'data small' },
        el('thead', {}, el('tr', {}, ['Actor', 'Partner', 'Kind', 'Why it is weak'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, f.weakEdges.slice(0, 50).map(w => el('tr', {},
          el('td', {}, w.actorName), el('td', {}, w.otherName), el('td', {}, w.kind),
          el('td', {}, `${plainReason(w.reason)}${w.since ? ` (${w.since}${w.until ? '\u2013' + w.until : '\u2013'})` : ''}`))))));
  }
  return parts;
}

/** "weight 0.5 <= 0.5" in words; the API's other reasons ("ended 2008, ...") already are. */
function plainReason(reason) {
  const m = /^weight ([\d.]+) <= ([\d.]+)( and ended \d+)?$/.exec(reason || '');
  return m ? `a light tie (weight ${m[1]}; ${m[2]} or less counts as weak)` : reason;
}

// ------------------------------------------------------------------ map

function mapSection() {
  const measureSelect = el('select', { id: 'measure', onchange: e => drawMap(e.target.value) },
    state.measures.map(m => el('option', { value: m.id }, m.label)));
  const overlaySelect = el('select', { id: 'overlay', onchange: e => showOverlay(e.target.value) },
    el('option', { value: '' }, 'none'),
    state.gaps.findings.filter(f => f.applicable).map(f => el('option', { value: f.gap, selected: f.gap === state.overlay }, gapName(f.gap))));
  const search = el('input', { type: 'search', id: 'search', list: 'actor-names', placeholder: 'Name of an actor', autocomplete: 'off' });
  search.addEventListener('change', () => findActor(search.value));
  search.addEventListener('keydown', e => { if (e.key === 'Enter') findActor(search.value); });
  return el('div', {},
    el('div', { class: 'controls no-print' },
      el('div', {}, el('label', { for: 'measure' }, 'Size by'), measureSelect),
      el('div', {}, el('label', { for: 'overlay' }, 'Gap overlay'), overlaySelect),
      el('div', {}, el('label', { for: 'bridges' }, 'Recommended bridges'),
        el('span', {}, el('input', { type: 'checkbox', id: 'bridges', onchange: e => toggleBridges(e.target.checked) }),
          ' draw for the chosen gap')),
      el('div', {}, el('label', { for: 'search' }, 'Find an actor'), search, el('datalist', { id: 'actor-names' }))),
    el('p', { id: 'map-status', role: 'status', class: 'small' }, 'Drawing the map\u2026'),
    el('div', { class: 'layout-map' },
      el('div', {},
        el('div', { id: 'map', role: 'img', 'aria-label': 'Network map of the ecosystem; the member lists below give the same actors as text' }),
        mapLegend()),
      el('aside', { id: 'card', class: 'card', 'aria-live': 'polite' },
        el('h3', {}, 'Actor card'),
        el('p', { class: 'muted small' }, 'Choose an actor on the map, in the search field or in the member lists below.'))));
}

function mapLegend() {
  return el('div', {},
    el('div', { class: 'legend' }, el('span', {}, 'Sectors:'),
      Object.values(SECTORS).map(s => el('span', {}, el('span', { class: 'dot', style: `background:${s.color}` }), s.label))),
    el('div', { class: 'legend' }, el('span', {}, 'Ties:'),
      Object.values(TIE_KINDS).map(k => el('span', {}, el('span', { class: 'line', style: `border-color:${k.color}` }), k.label))),
    el('div', { class: 'legend', id: 'overlay-legend' }));
}

async function drawMap(measure) {
  const status = document.getElementById('map-status');
  status.textContent = 'Drawing the map\u2026';
  let data;
  try {
    data = await api(`/api/ecosystems/${encodeURIComponent(id)}/map?measure=${encodeURIComponent(measure)}`);
  } catch (e) {
    status.replaceChildren(problemBox(e));
    return;
  }
  state.map = data;
  performance.mark('map-data');
  // a member without a value (Burt's measures of an actor without ties) is drawn smallest
  const values = data.nodes.map(n => n.value).filter(v => v !== null && v !== undefined);
  const undefinedCount = data.nodes.length - values.length;
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const size = v => (v === null || v === undefined ? 10
    : max > min ? 14 + 36 * Math.sqrt((v - min) / (max - min)) : 20);
  const maxWeight = Math.max(...data.edges.map(e => e.weight), 1);
  const elements = [
    ...data.nodes.map(n => ({
      group: 'nodes', classes: 'member',
      data: { id: n.id, label: n.name, sector: n.sector, size: size(n.value), color: SECTORS[n.sector]?.color || '#999' },
      position: { x: n.x, y: n.y },
    })),
    ...data.edges.map((e, i) => ({
      group: 'edges',
      data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind,
        width: 0.6 + 3 * Math.log1p(e.weight) / Math.log1p(maxWeight), color: TIE_KINDS[e.kind]?.color || OTHER_KIND_COLOR },
    })),
  ];
  const large = data.nodes.length > 500;
  if (state.cy) state.cy.destroy();
  const cy = cytoscape({
    container: document.getElementById('map'),
    elements,
    layout: { name: 'preset', fit: true, padding: 20 },
    minZoom: 0.05, maxZoom: 6,
    textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : 'auto',
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)',
        'border-width': 1, 'border-color': '#333', label: '', 'font-size': 20, 'text-valign': 'top',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.45, 'curve-style': 'haystack' } },
      { selector: 'node.hover, node:selected, node.labelled', style: { label: 'data(label)', 'z-index': 10 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'node.faded', style: { opacity: 0.2 } },
      { selector: 'edge.faded', style: { opacity: 0.06 } },
      { selector: 'node.missing', style: { 'border-width': 5, 'border-color': '#000', 'border-style': 'solid', opacity: 1 } },
      { selector: 'node.weak_only', style: { 'border-width': 4, 'border-color': '#000', 'border-style': 'dashed', opacity: 1 } },
      { selector: 'node.outside', style: { shape: 'diamond', label: 'data(label)' } },
      { selector: 'edge.bridge', style: { 'line-style': 'dashed', 'line-color': '#000', width: 3, opacity: 1, 'curve-style': 'straight', 'z-index': 20 } },
      { selector: 'edge.intro', style: { 'line-style': 'dotted', 'line-color': '#555', width: 2, opacity: 0.9, 'curve-style': 'straight' } },
    ],
  });
  state.cy = cy;
  performance.mark('map-drawn');
  window.brobyggeMap = cy;
  cy.on('tap', 'node', e => openCard(e.target.id()));
  cy.on('mouseover', 'node', e => e.target.addClass('hover'));
  cy.on('mouseout', 'node', e => e.target.removeClass('hover'));
  const mapBox = document.getElementById('map');
  mapBox.dataset.nodes = String(data.nodes.length);
  mapBox.dataset.members = String(data.members);
  status.textContent = (data.shown < data.members
    ? `Showing the ${data.shown.toLocaleString('en-GB')} members highest on ${measureLabel(measure)} of ${data.members.toLocaleString('en-GB')}`
    : `Showing all ${data.members.toLocaleString('en-GB')} members`)
    + ` and ${data.edgesShown.toLocaleString('en-GB')}${data.edgesShown < data.edgesTotal ? ` of ${data.edgesTotal.toLocaleString('en-GB')}` : ''}`
    + ` ties among them (parallel ties of one kind merged). Sized by ${measureLabel(measure)}, measured within the ecosystem.`
    + (undefinedCount ? ` ${undefinedCount.toLocaleString('en-GB')} without ties inside it have no ${measureLabel(measure)} and are drawn smallest.` : '');
  document.getElementById('actor-names').replaceChildren(...data.nodes.map(n => el('option', { value: n.name })));
  applyOverlay();
  if (state.bridges) await drawBridges();
}

function measureLabel(measure) {
  const m = state.measures.find(x => x.id === measure);
  return m ? m.label.split(':')[0].toLowerCase() : measure;
}

function showOverlay(gap) {
  state.overlay = gap;
  document.getElementById('overlay').value = gap;
  document.querySelectorAll('details.gap').forEach(d => {
    d.classList.toggle('chosen', d.dataset.gap === gap);
    d.open = d.dataset.gap === gap;
  });
  applyOverlay();
  if (state.bridges) drawBridges();
  if (gap) document.getElementById('map-heading').scrollIntoView({ block: 'start' });
}

function applyOverlay() {
  const cy = state.cy;
  if (!cy || !state.map) return;
  const gap = state.overlay;
  const legend = document.getElementById('overlay-legend');
  cy.batch(() => {
    cy.elements().removeClass('faded missing weak_only');
    if (!gap) return;
    for (const n of state.map.nodes) {
      const node = cy.getElementById(n.id);
      const s = n.gapStatus[gap];
      if (s === 'missing' || s === 'weak_only') node.addClass(s);
      else node.addClass('faded');
    }
    cy.edges('.bridge, .intro').removeClass('faded');
    cy.edges(':not(.bridge):not(.intro)').addClass('faded');
  });
  if (!gap) { legend.replaceChildren(); return; }
  const missing = state.map.nodes.filter(n => n.gapStatus[gap] === 'missing').length;
  const weak = state.map.nodes.filter(n => n.gapStatus[gap] === 'weak_only').length;
  legend.replaceChildren(
    el('span', {}, el('strong', {}, gapName(gap)), ':'),
    el('span', {}, el('span', { class: 'dot', style: 'border:4px solid #000;background:#fff' }), `${missing} with no tie across`),
    el('span', {}, el('span', { class: 'dot', style: 'border:3px dashed #000;background:#fff' }), `${weak} with only weak ties`),
    el('span', { class: 'muted' }, 'faded: strong ties across, or not concerned by this gap'));
  document.getElementById('map').dataset.overlay = gap;
  document.getElementById('map').dataset.highlighted = String(missing);
}

function toggleBridges(on) {
  state.bridges = on;
  if (on) drawBridges(); else { state.cy?.remove('.bridge, .intro, .outside'); }
}

async function drawBridges() {
  const cy = state.cy;
  cy.remove('.bridge, .intro, .outside');
  const gap = state.overlay;
  const status = document.getElementById('map-status');
  if (!gap) {
    status.append(' Choose a gap in "Gap overlay" to draw its recommended bridges.');
    return;
  }
  let recs;
  try {
    recs = await api(`/api/recommendations?ecosystem=${encodeURIComponent(id)}&gap=${encodeURIComponent(gap)}&limit=10`);
  } catch (e) { status.append(problemBox(e)); return; }
  const list = recs.gaps[0]?.recommendations || [];
  const place = (ref, near, k) => {
    if (cy.getElementById(ref.id).nonempty()) return;
    const p = near.position();
    const angle = (k * 2.4) % (2 * Math.PI);
    cy.add({ group: 'nodes', classes: 'outside',
      data: { id: ref.id, label: ref.name, sector: ref.sector, size: 18, color: SECTORS[ref.sector]?.color || '#999' },
      position: { x: p.x + 90 * Math.cos(angle), y: p.y + 90 * Math.sin(angle) } });
  };
  list.forEach((r, k) => {
    const source = cy.getElementById(r.source.id);
    if (source.empty()) return;
    place(r.target, source, k);
    cy.add({ group: 'edges', classes: 'bridge', data: { id: `bridge${k}`, source: r.source.id, target: r.target.id } });
    r.introducers.slice(0, 1).forEach((i, j) => {
      place(i.actor, source, k + 7);
      cy.add({ group: 'edges', classes: 'intro', data: { id: `intro${k}a${j}`, source: i.actor.id, target: r.source.id } });
      cy.add({ group: 'edges', classes: 'intro', data: { id: `intro${k}b${j}`, source: i.actor.id, target: r.target.id } });
    });
  });
  cy.nodes('.outside').addClass('labelled');
  status.textContent = `${status.textContent.split(' Bridges:')[0]} Bridges: ${list.length} recommended for the `
    + `${gapName(gap).toLowerCase()} drawn dashed; dotted lines lead to the actor who can introduce them; diamonds are actors outside the ecosystem.`;
  document.getElementById('map').dataset.bridges = String(list.length);
}

function findActor(text) {
  if (!text || !state.map) return;
  const wanted = normalise(text.trim());
  const hit = state.map.nodes.find(n => normalise(n.name) === wanted)
    || state.map.nodes.find(n => normalise(n.name).includes(wanted));
  if (!hit) {
    document.getElementById('card').replaceChildren(el('h3', {}, 'Actor card'),
      el('p', {}, `No actor on the map matches \u201c${text}\u201d.`));
    return;
  }
  openCard(hit.id);
}

// ------------------------------------------------------------------ actor card

async function openCard(actorId) {
  const cy = state.cy;
  const node = cy?.getElementById(actorId);
  if (node && node.nonempty()) {
    cy.$(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 200 });
  }
  const card = document.getElementById('card');
  const n = state.map?.nodes.find(x => x.id === actorId);
  card.replaceChildren(el('h3', {}, n ? n.name : actorId), el('p', { class: 'loading' }, 'Loading…'));
  try {
    const [actor, metrics] = await Promise.all([
      api(`/api/actors/${encodeURIComponent(actorId)}`),
      api(`/api/actors/${encodeURIComponent(actorId)}/metrics?ecosystem=${encodeURIComponent(id)}`).catch(() => null),
    ]);
    card.replaceChildren(...actorCard(actor, metrics, n));
  } catch (e) {
    card.replaceChildren(el('h3', {}, 'Actor card'), problemBox(e));
  }
}

function actorCard(actor, metrics, node) {
  const byKind = {};
  for (const t of actor.ties) byKind[t.kind] = (byKind[t.kind] || 0) + 1;
  const parts = [
    el('h3', { id: 'card-name' }, el('a', { href: `/actors/${encodeURIComponent(actor.id)}` }, actor.name)),
    el('dl', {},
      el('dt', {}, 'Sector'), el('dd', {}, SECTORS[actor.sector]?.label || actor.sector),
      el('dt', {}, 'Roles'), el('dd', {}, actor.roles.map(r => ROLE_LABELS[r] || r).join(', ') || 'none'),
      el('dt', {}, 'Where'), el('dd', {}, [actor.region, actor.country].filter(Boolean).join(', ') || 'not given'),
      el('dt', {}, 'Ecosystems'), el('dd', {}, actor.ecosystems.flatMap((e, i) =>
        [i ? ', ' : '', el('a', { href: `/ecosystems/${encodeURIComponent(e.id)}` }, e.name)])),
      el('dt', {}, 'Ties'), el('dd', {}, `${actor.ties.length}: ` + Object.entries(byKind).map(([k, c]) => `${c} ${k}`).join(', '))),
  ];
  if (node) {
    const lines = state.gaps.findings.filter(f => f.applicable && node.gapStatus[f.gap]).map(f => {
      const s = node.gapStatus[f.gap];
      const drop = node.severityDrop[f.gap] || 0;
      const where = s === 'missing' ? 'no tie across' : s === 'weak_only' ? 'only weak ties across' : 'a strong tie across';
      return el('li', { 'data-gap': f.gap }, el('strong', {}, gapName(f.gap)), `: ${where}`,
        drop > 0 ? `; one strong tie would lower it by ${fmt(drop, 3)} (from ${fmt(f.severity)} to ${fmt(Math.max(0, f.severity - drop))})` : '');
    });
    parts.push(el('h4', {}, 'What one strong tie would take off each gap'),
      lines.length ? el('ul', { class: 'small', id: 'card-gaps' }, lines)
        : el('p', { class: 'small muted' }, 'This actor is not on the source side of any of the ecosystem\u2019s gaps.'));
  }
  if (metrics) {
    const show = ['degree', 'strength', 'betweenness_normalized', 'pagerank', 'eigenvector', 'clustering', 'coreness', 'constraint', 'effective_size'];
    parts.push(el('h4', {}, 'Measures within the ecosystem'),
      el('table', { class: 'data small' }, el('tbody', {},
        show.filter(k => k in metrics.metrics).map(k => el('tr', {}, el('th', { scope: 'row' }, k.replace(/_/g, ' ')),
          el('td', { class: 'num' }, fmtNumber(metrics.metrics[k])))))));
  }
  return parts;
}

// ------------------------------------------------------------------ members

function members(eco) {
  const columns = el('div', { class: 'members-columns', id: 'members' });
  const bySector = {};
  for (const m of eco.actors) (bySector[m.sector] ||= []).push(m);
  for (const [sector, list] of Object.entries(bySector)) {
    columns.append(el('div', {},
      el('h3', {}, el('span', { class: 'dot', style: `display:inline-block;width:12px;height:12px;border-radius:50%;background:${SECTORS[sector]?.color}` }),
        ` ${SECTORS[sector]?.label || sector} (${list.length})`),
      el('ul', {}, list.map(m => el('li', {},
        el('button', { type: 'button', class: 'link', onclick: () => { document.getElementById('map-heading').scrollIntoView(); openCard(m.id); } }, m.name),
        ' ', el('span', { class: 'roletag' }, m.roles.map(r => ROLE_LABELS[r] || r).join(', ')))))));
  }
  const roles = el('p', { class: 'small' }, 'By role: ' + Object.entries(eco.membersByRole)
    .map(([r, n]) => roleCount(r, n)).join(', ')
    + ' (an actor can have several roles or none).');
  return el('div', {}, roles, columns);
}

async function loadLocomotives() {
  const box = document.getElementById('locomotives');
  try {
    const plan = await api(`/api/ecosystems/${encodeURIComponent(id)}/plan`);
    const locos = plan.profile.locomotives;
    box.replaceChildren(el('p', { class: 'small muted' }, 'The members with the most partners in the whole network.'),
      el('table', { class: 'data', id: 'locomotives-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Member'), el('th', { scope: 'col', class: 'num' }, 'Partners'),
          el('th', { scope: 'col', class: 'num' }, 'Of which in the ecosystem'))),
        el('tbody', {}, locos.map(l => el('tr', {},
          el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => { document.getElementById('map-heading').scrollIntoView(); openCard(l.actor.id); } }, l.actor.name)),
          el('td', { class: 'num' }, l.partners), el('td', { class: 'num' }, l.partnersInEcosystem))))));
  } catch (e) {
    box.replaceChildren(problemBox(e));
  }
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'Ecosystem'), problemBox(e)); document.body.dataset.ready = 'error'; });
