// Shared by every page: the header, calls to the JSON API with its problem details, the
// "server is not answering" banner, colours and plain-language names.

export const SECTORS = {
  academia: { label: 'Academia', color: '#0072B2' },
  business: { label: 'Business', color: '#E69F00' },
  public: { label: 'Public sector', color: '#009E73' },
  civil_society: { label: 'Civil society', color: '#CC79A7' },
};

// Paul Tol's "muted" scheme, made for colour-blind readers, for the tie kinds.
export const TIE_KINDS = {
  research: { label: 'Research', color: '#332288' },
  education: { label: 'Education', color: '#44AA99' },
  capital: { label: 'Capital (funding)', color: '#117733' },
  authority: { label: 'Public authority', color: '#999933' },
  collaboration: { label: 'Collaboration', color: '#AA4499' },
  trade: { label: 'Trade', color: '#882255' },
};
export const OTHER_KIND_COLOR = '#777777';

export const LEVELS = ['none', 'mild', 'moderate', 'severe'];

export const ROLE_LABELS = {
  research: 'research organisation', education: 'education organisation', capital: 'capital provider',
  authority: 'public authority', firm: 'firm', intermediary: 'intermediary',
};

const REGION_NAMES = { SE332: 'Norrbotten', FI1D7: 'Lapland', FI1A3: 'Lapland' };

const ROLE_PLURALS = {
  research: 'research organisations', education: 'education organisations', capital: 'capital providers',
  authority: 'public authorities', firm: 'firms', intermediary: 'intermediaries',
};

/** "1 public authority", "4 public authorities" */
export function roleCount(role, n) {
  return `${n} ${n === 1 ? (ROLE_LABELS[role] || role) : (ROLE_PLURALS[role] || role)}`;
}

export function regionName(code) {
  const name = REGION_NAMES[code];
  return name ? `${name} (${code})` : code || 'No region given';
}

const PAGES = [
  { href: '/', label: 'Region overview', id: 'overview' },
  { href: '/evaluation', label: 'Evaluation', id: 'evaluation' },
  { href: '/what-if', label: 'What-if', id: 'what-if' },
  { href: '/researchers', label: 'For researchers', id: 'researchers' },
  { href: '/swagger-ui.html', label: 'API', id: 'api' },
];

/** Element builder: text always goes in as text, never as HTML (names come from the data). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function renderHeader(active) {
  const header = el('header', { class: 'site' },
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('a', { class: 'brand', href: '/' }, 'Brobygge'),
    el('nav', { 'aria-label': 'Main' },
      el('ul', {}, PAGES.map(p => el('li', {},
        el('a', { href: p.href, 'aria-current': p.id === active ? 'page' : null }, p.label))))));
  document.body.prepend(header);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

let downShown = false;

/** Says, once, at the top of the page, that the server does not answer. */
export function showDown(reason) {
  if (downShown) return;
  downShown = true;
  const banner = el('div', { class: 'banner down', role: 'alert', id: 'api-down' },
    el('strong', {}, 'Brobygge\u2019s server is not answering. '),
    `The figures on this page could not be loaded (${reason}). Check that the app is running `
      + '(./mvnw spring-boot:run) and reload the page.');
  const main = document.querySelector('main');
  (main || document.body).prepend(banner);
}

/** GET or POST to the JSON API; throws ApiError with the problem details on a 4xx/5xx. */
export async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, {
      ...options,
      headers: { Accept: options.accept || 'application/json', ...(options.headers || {}) },
    });
  } catch (e) {
    showDown('no connection');
    throw new ApiError(0, { title: 'No connection', detail: 'The server could not be reached.' });
  }
  if ([502, 503, 504].includes(response.status)) {
    showDown(`it answered ${response.status}`);
  }
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    let problem = null;
    if (type.includes('json')) {
      try { problem = await response.json(); } catch (e) { problem = null; }
    }
    throw new ApiError(response.status, problem);
  }
  if (options.raw) return response;
  return type.includes('json') ? response.json() : response.text();
}

/** A problem message in place of content that could not be loaded. */
export function problemBox(error) {
  const p = error.problem || {};
  return el('div', { class: 'banner problem', role: 'alert' },
    el('strong', {}, p.title || 'Something went wrong'), ': ',
    p.detail || error.message || String(error));
}

/**
 * value with `digits` decimals, rounded half up on its shortest decimal form as Java's
 * String.format does, so that the pages show the same figures as the Markdown plan.
 */
export function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  const abs = Math.abs(Number(value));
  if (String(abs).includes('e')) return Number(value).toFixed(digits);
  const rounded = Number(`${Math.round(Number(`${abs}e${digits}`))}e-${digits}`);
  return (value < 0 && rounded !== 0 ? '-' : '') + rounded.toFixed(digits);
}

export function fmtNumber(value) {
  if (value === null || value === undefined) return 'n/a';
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return value.toExponential(3);
  return value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

export function levelCell(level) {
  return level ? `lvl-${level}` : 'lvl-na';
}

/**
 * Says the page is drawn and usable: body[data-ready=true] and, in data-ready-ms, the time since
 * navigation began (what BENCHMARKS.md calls time to interactive), after the next two frames so
 * that a canvas drawn on the next frame counts.
 */
export function markReady() {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = 'true';
  }));
}

export function query(name) {
  return new URLSearchParams(location.search).get(name);
}

/** "1 firm", "3 firms" */
export function plural(n, one, many) {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : (many || one + 's')}`;
}

export function ordinalRank(rank, of) {
  if (rank === null || rank === undefined) return 'not ranked';
  if (rank === 1) return `worst of ${of}`;
  if (rank === of) return `best of ${of}`;
  return `${rank} of ${of}`;
}
