// DOM building and formatting for the dashboard. Every text from the API goes through text nodes or attributes,
// never through innerHTML, so nothing the API returns is ever parsed as markup.

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const enc = encodeURIComponent;

/** Links inside the dashboard (hash routes) and to the API, one path segment encoded at a time. */
export const href = {
  home: () => '#/',
  org: (org) => `#/org/${enc(org)}`,
  system: (org, system) => `#/system/${enc(org)}/${enc(system)}`,
  component: (id) => `#/component/${id.split('/').map(enc).join('/')}`,
  componentApi: (id) => `/api/components/${id.split('/').map(enc).join('/')}`,
};

export function label(name) {
  return String(name ?? '').replaceAll('-', ' ');
}

export function index(value) {
  return typeof value === 'number' ? value.toFixed(1) : '–';
}

/** An instant as "2026-12-01 10:00 UTC" inside a time element carrying the exact value. */
export function time(iso) {
  if (!iso) return h('span', { class: 'muted' }, 'never');
  const readable = String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  return h('time', { datetime: iso, title: iso }, readable);
}

export function verdictBadge(verdict) {
  return h('span', { class: `badge verdict-${verdict}` }, label(verdict));
}

export function categoryBadge(category) {
  return h('span', { class: `badge category-${category}` }, label(category));
}

/** The verdict distribution as a bar (proportional widths, set through the CSSOM) and the same figures in words. */
export function distribution(score) {
  const parts = [['coherent', score.coherent], ['accruing-debt', score.accruingDebt], ['implicit', score.implicit]];
  const total = parts.reduce((sum, [, count]) => sum + count, 0);
  const bar = h('div', { class: 'bar', 'aria-hidden': 'true' });
  for (const [verdict, count] of parts) {
    if (count === 0) continue;
    const segment = h('span', { class: `segment verdict-${verdict}` });
    segment.style.width = `${(100 * count) / total}%`;
    bar.append(segment);
  }
  const words = parts.map(([verdict, count]) => `${count} ${label(verdict)}`).join(' · ');
  return h('div', { class: 'distribution' }, bar, h('span', { class: 'distribution-text' }, words));
}

export function gapCounts(score) {
  return h('span', { class: 'counts' },
    h('span', { class: 'count category-blocking' }, `${score.blocking} blocking`), ' · ',
    h('span', { class: 'count category-concerning' }, `${score.concerning} concerning`), ' · ',
    h('span', { class: 'count category-clean' }, `${score.clean} clean`));
}

export function table(caption, headings, rows, emptyText) {
  if (rows.length === 0) return h('p', { class: 'empty' }, emptyText);
  return h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, rows));
}

export function problem(error) {
  return h('p', { class: 'problem', role: 'alert' }, error?.message ?? String(error));
}
