// The one page shell (page.html) for every address of the web app: picks the page's module from
// the address. The server answers 404 with the not-found page for an unknown ecosystem or actor
// before this runs (PageController).
const PAGES = [
  [/^\/$/, './overview.js'],
  [/^\/ecosystems\/[^/]+\/plan$/, './plan.js'],
  [/^\/ecosystems\/[^/]+\/evaluation$/, './evaluation.js'],
  [/^\/evaluation$/, './evaluation.js'],
  [/^\/ecosystems\/[^/]+$/, './ecosystem.js'],
  [/^\/actors\/[^/]+$/, './actor.js'],
  [/^\/what-if$/, './what-if.js'],
  [/^\/researchers$/, './researchers.js'],
];

const match = PAGES.find(([pattern]) => pattern.test(location.pathname));
if (match) {
  import(match[1]);
} else {
  location.replace('/');
}
