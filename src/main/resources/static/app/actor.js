// Actor page: who the actor is, its ecosystems and every tie, with the actor at the other end.
import { api, el, markReady, fmtNumber, problemBox, renderHeader, ROLE_LABELS, SECTORS, TIE_KINDS } from './common.js';

renderHeader(null);
const main = document.querySelector('main');
const id = decodeURIComponent(location.pathname.split('/')[2]);

async function load() {
  const actor = await api(`/api/actors/${encodeURIComponent(id)}`);
  document.title = `${actor.name} · Brobygge`;
  const ties = [...actor.ties].sort((a, b) => a.kind.localeCompare(b.kind) || a.other.name.localeCompare(b.other.name));
  main.replaceChildren(
    el('p', { class: 'small' }, el('a', { href: '/' }, '\u2190 Region overview')),
    el('h1', {}, actor.name),
    el('p', { class: 'lead' }, `${SECTORS[actor.sector]?.label || actor.sector} \u00b7 `
      + (actor.roles.map(r => ROLE_LABELS[r] || r).join(', ') || 'no role given')
      + ` \u00b7 ${[actor.region, actor.country].filter(Boolean).join(', ')}`),
    el('h2', {}, 'Ecosystems'),
    actor.ecosystems.length
      ? el('ul', {}, actor.ecosystems.map(e => el('li', {}, el('a', { href: `/ecosystems/${encodeURIComponent(e.id)}` }, e.name))))
      : el('p', {}, 'A member of no ecosystem.'),
    el('h2', {}, `Ties (${ties.length})`),
    el('table', { class: 'data', id: 'ties' },
      el('thead', {}, el('tr', {}, ['Kind', 'With', 'Direction', 'Weight', 'Years', 'Source'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ties.map(t => el('tr', {},
        el('td', {}, TIE_KINDS[t.kind]?.label || t.kind),
        el('td', {}, el('a', { href: `/actors/${encodeURIComponent(t.other.id)}` }, t.other.name)),
        el('td', {}, t.direction),
        el('td', { class: 'num' }, fmtNumber(t.weight)),
        el('td', {}, t.since ? `${t.since}\u2013${t.until || ''}` : ''),
        el('td', { class: 'small' }, t.source || ''))))));
  markReady();
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'Actor'), problemBox(e)); document.body.dataset.ready = 'error'; });
