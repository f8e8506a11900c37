// Evaluation page: the region's ecosystems ranked by how they developed between a baseline and a
// follow-up year (/evaluation), or one ecosystem's evaluation (/ecosystems/{id}/evaluation): each
// gap before and after with its uncertainty interval and verdict, what changed, and which of the
// baseline plan's ties were formed. Reads /api/years, /api/evaluation and
// /api/ecosystems/{id}/evaluation.
import { SECTORS, api, el, fmt, markReady, problemBox, query, renderHeader } from './common.js';

const GAP_NAMES = {
  research: 'Research gap', education: 'Education gap', capital: 'Capital gap', authority: 'Public-authority gap',
  inter_firm: 'Inter-firm gap', inter_ecosystem: 'Inter-ecosystem gap', global_market: 'Global-market gap',
};
const VERDICTS = {
  improved: 'Improved', worse: 'Worse', 'no-clear-change': 'No clear change', 'not-comparable': 'Not comparable',
};

const parts = location.pathname.split('/');
const ecosystem = parts[1] === 'ecosystems' ? decodeURIComponent(parts[2]) : null;
renderHeader(ecosystem ? null : 'evaluation');
const main = document.querySelector('main');

function yearSelect(id, label, years, value) {
  const options = [];
  for (let y = years.first; y <= years.last; y++) {
    options.push(el('option', { value: y, selected: y === value }, String(y)));
  }
  return el('label', { for: id }, label, ' ', el('select', { id, name: id }, options));
}

/** A severity with its interval drawn on a 0..1 bar. */
function intervalBar(point) {
  if (point.severity === null || point.severity === undefined) return el('span', { class: 'small' }, 'not applicable');
  const width = 160;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', 14);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `severity ${fmt(point.severity)}, interval ${fmt(point.low)} to ${fmt(point.high)}`);
  const add = (tag, attrs) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    svg.append(node);
  };
  add('rect', { x: 0, y: 6, width, height: 2, fill: '#ccc' });
  add('rect', { x: point.low * width, y: 2, width: Math.max(2, (point.high - point.low) * width), height: 10, fill: '#9db8d9' });
  add('rect', { x: point.severity * width - 1.5, y: 0, width: 3, height: 14, fill: '#12263f' });
  return el('span', { class: 'interval' }, svg, ' ', `${fmt(point.severity)} (${fmt(point.low)}\u2013${fmt(point.high)})`);
}

function sectors(bySector) {
  const list = Object.entries(bySector).filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${(SECTORS[s]?.label || s).toLowerCase()}`);
  return list.length ? list.join(', ') : 'none';
}

/** Firms and SMEs then and now, in one sentence: "40 firms in 2020 (12 of them SMEs), 55 in 2023 ...". */
function firmsSentence(e) {
  const f = e.firms;
  const firms = n => `${n} firm${n === 1 ? '' : 's'}`;
  const smes = n => `${n} of them SME${n === 1 ? '' : 's'}`;
  return `Firms: ${firms(f.before)} in ${e.baseline} (${smes(f.smesBefore)}), ${firms(f.after)} in ${e.followUp} (${smes(f.smesAfter)}); `
    + `${f.smesJoined} SME${f.smesJoined === 1 ? '' : 's'} joined in between. `
    + '(An SME is a small or medium-sized firm, as the data marks it.)';
}

/** The severity, and a plain warning where too few actors stood on the source side to judge by. */
function severityCell(point) {
  const cell = [intervalBar(point)];
  if (point.applicable && !point.judgeable) {
    cell.push(el('div', { class: 'small not-judgeable' },
      `Only ${point.sourceActors} actor${point.sourceActors === 1 ? '' : 's'} on this side: too few to judge by.`));
  }
  return cell;
}

function ecosystemView(e) {
  document.title = `Evaluation: ${e.ecosystemName} ${e.baseline}\u2013${e.followUp} · Brobygge`;
  const rows = e.gaps.map(g => el('tr', { 'data-gap': g.gap },
    el('th', { scope: 'row' }, GAP_NAMES[g.gap] || g.gap),
    el('td', {}, severityCell(g.baseline)),
    el('td', {}, severityCell(g.followUp)),
    el('td', { class: 'num' }, `${g.baseline.observedTies} \u2192 ${g.followUp.observedTies}`),
    el('td', {}, el('span', { class: `verdict verdict-${g.verdict}` }, VERDICTS[g.verdict] || g.verdict))));
  const across = e.tiesAcross.map(t => el('tr', {},
    el('th', { scope: 'row' }, GAP_NAMES[t.gap] || t.gap), el('td', { class: 'num' }, t.begun), el('td', { class: 'num' }, t.ended)));
  const planned = e.plannedTies.map(p => el('tr', {},
    el('td', {}, GAP_NAMES[p.gap] || p.gap), el('td', {}, p.source.name), el('td', {}, p.target.name),
    el('td', {}, p.formed ? `yes, in ${p.formedIn}` : 'no')));
  const loco = list => list.map(l => `${l.actor.name} (${l.partners})`).join(', ') || 'none';
  return [
    el('h1', {}, `Evaluation: ${e.ecosystemName}, ${e.baseline} to ${e.followUp}`),
    el('p', { class: 'lead', id: 'summary' },
      `Developed forward in ${e.improved} of ${e.gapCount} gaps`, e.worse ? `, went back in ${e.worse}` : '', '. ',
      'A gap is called improved or worse only when its 95% intervals in the two years do not overlap.'),
    el('table', { class: 'data', id: 'gaps' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Gap'), el('th', {}, `Severity ${e.baseline}`), el('th', {}, `Severity ${e.followUp}`),
        el('th', { class: 'num' }, 'Ties across'), el('th', {}, 'Verdict'))),
      el('tbody', {}, rows)),
    el('h2', {}, 'What changed'),
    el('p', {}, `Members: ${e.membersBefore} in ${e.baseline}, ${e.membersAfter} in ${e.followUp}. Joined: ${sectors(e.joinedBySector)}. Left: ${sectors(e.leftBySector)}.`),
    el('p', { id: 'firms' }, firmsSentence(e)),
    el('table', { class: 'data' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Gap'), el('th', { class: 'num' }, `Ties across begun after ${e.baseline}`), el('th', { class: 'num' }, 'Ended'))),
      el('tbody', {}, across)),
    el('p', {}, `Locomotives in ${e.baseline}: ${loco(e.locomotivesThen)}. In ${e.followUp}: ${loco(e.locomotivesNow)}.`),
    el('h2', {}, `The ${e.baseline} plan's recommended ties`),
    el('p', {}, `${e.plannedTiesFormed} of ${e.plannedTies.length} were formed by ${e.followUp}.`),
    el('table', { class: 'data', id: 'planned' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Gap'), el('th', {}, 'Between'), el('th', {}, 'And'), el('th', {}, 'Formed'))),
      el('tbody', {}, planned)),
  ];
}

function regionView(r) {
  document.title = `Evaluation ${r.baseline}\u2013${r.followUp} · Brobygge`;
  const rows = r.ecosystems.map(x => el('tr', { 'data-ecosystem': x.ecosystem },
    el('td', { class: 'num' }, x.rank),
    el('th', { scope: 'row' }, el('a', { href: `/ecosystems/${encodeURIComponent(x.ecosystem)}/evaluation?baseline=${r.baseline}&followUp=${r.followUp}` }, x.ecosystemName)),
    el('td', { class: 'num' }, x.improved), el('td', { class: 'num' }, x.worse),
    el('td', { class: 'num' }, x.noClearChange), el('td', { class: 'num' }, x.notComparable),
    el('td', { class: 'num too-few' }, x.tooFewActors),
    el('td', { class: 'num' }, x.meanSeverityChange === null ? 'n/a' : (x.meanSeverityChange > 0 ? '+' : '') + fmt(x.meanSeverityChange))));
  return [
    el('h1', {}, `How the ecosystems developed, ${r.baseline} to ${r.followUp}`),
    el('p', { class: 'lead' }, 'Ranked by gaps improved minus gaps gone worse, then by the mean change of severity (negative: gaps closing). A verdict needs the two years\u2019 95% intervals apart.'),
    el('p', { class: 'small' }, 'Not comparable: the gap does not apply in one of the two years. Too few actors: the gap has fewer actors on its side than the minimum in one of the years, so one actor would decide its verdict; such gaps are left out of the counts and the rank.'),
    el('table', { class: 'data', id: 'ranking' },
      el('thead', {}, el('tr', {}, el('th', { class: 'num' }, 'Rank'), el('th', {}, 'Ecosystem'), el('th', { class: 'num' }, 'Improved'),
        el('th', { class: 'num' }, 'Worse'), el('th', { class: 'num' }, 'No clear change'), el('th', { class: 'num' }, 'Not comparable'),
        el('th', { class: 'num', title: 'Gaps with fewer actors on their side than the minimum in one of the years: one actor would decide the verdict, so they are not counted in the rank.' }, 'Too few actors'),
        el('th', { class: 'num' }, 'Mean severity change'))),
      el('tbody', {}, rows)),
  ];
}

async function load() {
  main.replaceChildren(el('p', { class: 'loading' }, 'Judging both years\u2026'));
  const years = await api('/api/years');
  const followUp = Number(query('followUp')) || years.referenceYear;
  const baseline = Number(query('baseline')) || Math.max(years.first, followUp - 3);
  const form = el('form', { class: 'toolbar', method: 'get', id: 'years' },
    yearSelect('baseline', 'Baseline', years, baseline), ' ',
    yearSelect('followUp', 'Follow-up', years, followUp), ' ',
    el('button', { type: 'submit', class: 'primary' }, 'Compare'));
  const path = ecosystem ? `/api/ecosystems/${encodeURIComponent(ecosystem)}/evaluation` : '/api/evaluation';
  const back = ecosystem
    ? el('p', { class: 'small' }, el('a', { href: `/ecosystems/${encodeURIComponent(ecosystem)}` }, '\u2190 Back to the ecosystem'), ' \u00b7 ',
      el('a', { href: `/evaluation?baseline=${baseline}&followUp=${followUp}` }, 'All ecosystems'))
    : null;
  let body;
  try {
    const answer = await api(`${path}?baseline=${baseline}&followUp=${followUp}`);
    body = ecosystem ? ecosystemView(answer) : regionView(answer);
  } catch (e) {
    body = [el('h1', {}, 'Evaluation'), problemBox(e)];
  }
  main.replaceChildren(...[back, form, ...body].filter(Boolean));
  markReady();
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'Evaluation'), problemBox(e)); document.body.dataset.ready = 'error'; });
