// Plan page: the cluster plan (the Markdown plan's content rendered by the server as HTML), laid
// out for reading and for the browser's "Print to PDF", with downloads of the Markdown and JSON.
import { api, el, markReady, problemBox, renderHeader } from './common.js';

renderHeader(null);
const main = document.querySelector('main');
const id = decodeURIComponent(location.pathname.split('/')[2]);
const planUrl = `/api/ecosystems/${encodeURIComponent(id)}/plan`;

async function download(accept, filename) {
  const response = await api(planUrl, { accept, raw: true });
  const blob = await response.blob();
  const link = el('a', { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

async function load() {
  main.replaceChildren(el('p', { class: 'loading' }, 'Writing the plan\u2026 (it runs a what-if of every action)'));
  const html = await api(planUrl, { accept: 'text/html' });
  const article = el('article', { class: 'plan', id: 'plan' });
  // The server renders Markdown with raw HTML escaped and links sanitised (ClusterPlanHtml).
  article.innerHTML = html;
  const title = article.querySelector('h1');
  document.title = `${title ? title.textContent : 'Cluster plan'} · Brobygge`;
  main.replaceChildren(
    el('p', { class: 'small no-print' }, el('a', { href: `/ecosystems/${encodeURIComponent(id)}` }, '\u2190 Back to the ecosystem')),
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', class: 'primary', id: 'print', onclick: () => window.print() }, 'Print or save as PDF'),
      el('button', { type: 'button', id: 'download-md', onclick: () => download('text/markdown', `plan-${id}.md`) }, 'Download Markdown'),
      el('button', { type: 'button', id: 'download-json', onclick: () => download('application/json', `plan-${id}.json`) }, 'Download JSON')),
    article);
  markReady();
}

load().catch(e => { main.replaceChildren(el('h1', {}, 'Cluster plan'), problemBox(e)); document.body.dataset.ready = 'error'; });
