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
const segments = (path) => String(path).split('/').map(enc).join('/');

/**
 * Links inside the dashboard (hash routes) and to the API, one path segment encoded at a time. A group name (an owner
 * such as group:default/payments) is one segment of a hash route (its slashes encoded) and several segments of the API
 * path (which takes it whole). A link made for a historical view keeps its time (asOf).
 */
export const href = {
  home: () => '#/',
  org: (org, asOf) => at(`#/org/${enc(org)}`, asOf),
  system: (org, system, asOf) => at(`#/system/${enc(org)}/${enc(system)}`, asOf),
  group: (kind, org, name, asOf) => at(`#/${kind}/${enc(org)}/${enc(name)}`, asOf),
  component: (id, asOf) => at(`#/component/${segments(id)}`, asOf),
  componentApi: (id) => `/api/components/${segments(id)}`,
  groupApi: (kind, org, name) => `/api/organizations/${enc(org)}/${kind}s/${segments(name)}`,
};

function at(link, asOf) {
  return asOf ? `${link}?${new URLSearchParams({ asOf })}` : link;
}

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

/** Gap categories worst first; uncertain (the facts do not decide) counts like concerning for the verdict. */
export const CATEGORIES = ['blocking', 'concerning', 'uncertain', 'clean'];

/** Headline gap counts per category, as a bar of the four categories and in words. */
export function gapCounts(score) {
  const counts = CATEGORIES.map((category) => [category, score[category] ?? 0]);
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const bar = h('span', { class: 'bar category-bar', 'aria-hidden': 'true' });
  for (const [category, count] of counts) {
    if (count === 0) continue;
    const segment = h('span', { class: `segment category-${category}` });
    segment.style.width = `${(100 * count) / total}%`;
    bar.append(segment);
  }
  return h('span', { class: 'counts' }, total > 0 ? bar : null,
    counts.map(([category, count], i) => [i ? ' · ' : null, h('span', { class: `count category-${category}` }, `${count} ${category}`)]));
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
