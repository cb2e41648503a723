// The views of scopes: every organization; an organization (score, systems, worst components, trends); a system
// (score, components, trends). Each loads from the query API and reloads when the live stream says its scope moved.

import { api } from './api.js';
import { distribution, fill, gapCounts, h, href, index, table, time, verdictBadge } from './dom.js';
import { trendsSection } from './trends.js';

export function homeView() {
  const list = h('section', { 'aria-labelledby': 'orgs-title' });
  return {
    filter: {},
    title: 'Organizations',
    mount: (main) => fill(main, h('h1', { id: 'orgs-title', tabindex: '-1' }, 'Organizations'), list),
    async refresh(signal) {
      const organizations = await api.organizations(signal);
      fill(list, organizations.length === 0
        ? h('p', { class: 'empty' }, 'Nothing has been assessed yet: scan a repository (scale-projection scan …) and it appears here.')
        : table('Every assessed organization', ['Organization', 'Coherence index', 'Verdicts', 'Gaps', 'Last change'],
          organizations.map((row) => h('tr', { 'data-org': row.org },
            h('th', { scope: 'row' }, h('a', { href: href.org(row.org) }, row.org)),
            h('td', { class: 'number score-index' }, index(row.score.coherenceIndex)),
            h('td', {}, distribution(row.score)),
            h('td', {}, gapCounts(row.score)),
            h('td', {}, lastChange(row.score)))), ''));
    },
    concerns: () => true,
  };
}

export function organizationView(org) {
  const score = h('section', { class: 'score-card', 'aria-label': 'Score' });
  const systems = h('section', { 'aria-labelledby': 'systems-title' });
  const worst = h('section', { 'aria-labelledby': 'worst-title' });
  const trends = h('section', { 'aria-labelledby': 'trends-title' });
  return {
    filter: { org },
    title: org,
    mount: (main) => fill(main, breadcrumb([['Organizations', href.home()]], org),
      h('h1', { tabindex: '-1' }, org), score, systems, worst, trends),
    async refresh(signal) {
      const [document, trendDocument] = await Promise.all([api.organization(org, signal), api.trends(org, null, signal)]);
      scoreCard(score, document.score);
      fill(systems, h('h2', { id: 'systems-title' }, 'Systems'),
        table(`Systems of ${org}`, ['System', 'Coherence index', 'Verdicts', 'Gaps', 'Last change'],
          document.systems.map((row) => h('tr', { 'data-system': row.system },
            h('th', { scope: 'row' }, h('a', { href: href.system(org, row.system) }, row.system)),
            h('td', { class: 'number' }, index(row.score.coherenceIndex)),
            h('td', {}, distribution(row.score)),
            h('td', {}, gapCounts(row.score)),
            h('td', {}, lastChange(row.score)))), 'No system has been assessed.'));
      fill(worst, h('h2', { id: 'worst-title' }, 'Worst components'),
        componentTable(`The components of ${org} that need attention first`, document.worstComponents));
      trendsSection(trends, trendDocument);
    },
    onScore: (event) => event.scope === org && scoreCard(score, event),
    concerns: (event) => event.organization === org,
  };
}

export function systemView(org, system) {
  const scope = `${org}/${system}`;
  const score = h('section', { class: 'score-card', 'aria-label': 'Score' });
  const components = h('section', { 'aria-labelledby': 'components-title' });
  const trends = h('section', { 'aria-labelledby': 'trends-title' });
  return {
    filter: { org, system },
    title: scope,
    mount: (main) => fill(main, breadcrumb([['Organizations', href.home()], [org, href.org(org)]], system),
      h('h1', { tabindex: '-1' }, scope),
      h('p', {}, h('a', { href: api.systemMarkdown(org, system) }, `GAPS.md of ${scope}`)), score, components, trends),
    async refresh(signal) {
      const [document, trendDocument] = await Promise.all([api.system(org, system, signal), api.trends(org, system, signal)]);
      scoreCard(score, document.score);
      fill(components, h('h2', { id: 'components-title' }, 'Components'),
        componentTable(`Components of ${scope}`, document.components));
      trendsSection(trends, trendDocument);
    },
    onScore: (event) => event.scope === scope && scoreCard(score, event),
    concerns: (event) => event.organization === org && event.system === system,
  };
}

export function breadcrumb(links, current) {
  return h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, h('ol', {},
    links.map(([text, link]) => h('li', {}, h('a', { href: link }, text))),
    h('li', {}, h('span', { 'aria-current': 'page' }, current))));
}

/** The score of a scope, from a query answer or straight from a score-changed event (the same figures). */
function scoreCard(section, score) {
  fill(section,
    h('div', { class: 'score-figure' },
      h('span', { class: 'score-index' }, index(score.coherenceIndex)),
      h('span', { class: 'score-caption' }, `coherence index over ${score.components} component${score.components === 1 ? '' : 's'}`)),
    h('div', { class: 'score-detail' },
      distribution(score),
      h('p', {}, 'Headline gaps: ', gapCounts(score)),
      h('p', {}, 'Last change: ', lastChange(score))));
}

function componentTable(caption, rows) {
  return table(caption, ['Component', 'Verdict', 'Coherence index', 'Blocking', 'Concerning', 'Clean', 'Assessed', 'Cause'],
    rows.map((row) => h('tr', { 'data-component': row.id },
      h('th', { scope: 'row' }, h('a', { href: href.component(row.id) }, row.id)),
      h('td', {}, verdictBadge(row.verdict)),
      h('td', { class: 'number' }, index(row.coherenceIndex)),
      h('td', { class: 'number' }, row.blocking),
      h('td', { class: 'number' }, row.concerning),
      h('td', { class: 'number' }, row.clean),
      h('td', {}, time(row.assessedAt)),
      h('td', {}, h('code', {}, row.cause)))), 'No component has been assessed.');
}

function lastChange(score) {
  return score.changedAt ? [time(score.changedAt), ' — ', h('code', {}, score.cause ?? '')] : time(null);
}
