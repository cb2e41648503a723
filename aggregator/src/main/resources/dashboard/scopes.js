// The views of scopes: every organization; an organization (score, systems, owning teams, business domains, worst
// components, trends); a system (score, components, trends). Each loads from the query API — now, or as of a time — and
// reloads when the live stream says its scope moved. Owner and domain views are in groups.js.

import { api } from './api.js';
import { asOfControl, historicalNotice } from './asof.js';
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

export function organizationView(org, asOf) {
  const score = h('section', { class: 'score-card', 'aria-label': 'Score' });
  const systems = h('section', { 'aria-labelledby': 'systems-title' });
  const owners = h('section', { 'aria-labelledby': 'owners-title' });
  const domains = h('section', { 'aria-labelledby': 'domains-title' });
  const worst = h('section', { 'aria-labelledby': 'worst-title' });
  const trends = h('section', { 'aria-labelledby': 'trends-title' });
  return {
    filter: { org },
    title: asOf ? `${org} as of ${asOf}` : org,
    asOf,
    mount: (main) => fill(main, breadcrumb([['Organizations', href.home()]], org),
      h('h1', { tabindex: '-1' }, org), asOfControl(asOf), historicalNotice(asOf), score, systems, owners, domains, worst, trends),
    async refresh(signal) {
      const [document, trendDocument] = await Promise.all([api.organization(org, asOf, signal), asOf ? null : api.trends(org, null, signal)]);
      scoreCard(score, document.score);
      fill(systems, h('h2', { id: 'systems-title' }, 'Systems'),
        table(`Systems of ${org}`, ['System', 'Coherence index', 'Verdicts', 'Gaps', 'Last change'],
          document.systems.map((row) => h('tr', { 'data-system': row.system },
            h('th', { scope: 'row' }, h('a', { href: href.system(org, row.system, asOf) }, row.system)),
            h('td', { class: 'number' }, index(row.score.coherenceIndex)),
            h('td', {}, distribution(row.score)),
            h('td', {}, gapCounts(row.score)),
            h('td', {}, lastChange(row.score)))), 'No system has been assessed.'));
      groupSection(owners, 'owners-title', 'Owner teams', org, 'owner', document.owners ?? [], asOf,
        'The catalog names no owning team for these components.');
      groupSection(domains, 'domains-title', 'Business domains', org, 'domain', document.domains ?? [], asOf,
        'The catalog names no business domain for these components.');
      fill(worst, h('h2', { id: 'worst-title' }, 'Worst components'),
        componentTable(`The components of ${org} that need attention first`, document.worstComponents, asOf));
      if (trendDocument) trendsSection(trends, trendDocument);
      else fill(trends, h('h2', { id: 'trends-title' }, 'Trends'), h('p', { class: 'hint' }, 'Trends cover every recorded week; they are shown in the current view.'));
    },
    onScore: (event) => event.scope === org && scoreCard(score, event),
    concerns: (event) => event.organization === org,
  };
}

export function systemView(org, system, asOf) {
  const scope = `${org}/${system}`;
  const score = h('section', { class: 'score-card', 'aria-label': 'Score' });
  const components = h('section', { 'aria-labelledby': 'components-title' });
  const trends = h('section', { 'aria-labelledby': 'trends-title' });
  return {
    filter: { org, system },
    title: asOf ? `${scope} as of ${asOf}` : scope,
    asOf,
    mount: (main) => fill(main, breadcrumb([['Organizations', href.home()], [org, href.org(org, asOf)]], system),
      h('h1', { tabindex: '-1' }, scope), asOfControl(asOf), historicalNotice(asOf),
      h('p', {}, h('a', { href: api.systemMarkdown(org, system, asOf) }, `GAPS.md of ${scope}`)), score, components, trends),
    async refresh(signal) {
      const [document, trendDocument] = await Promise.all([api.system(org, system, asOf, signal), asOf ? null : api.trends(org, system, signal)]);
      scoreCard(score, document.score);
      fill(components, h('h2', { id: 'components-title' }, 'Components'),
        componentTable(`Components of ${scope}`, document.components, asOf));
      if (trendDocument) trendsSection(trends, trendDocument);
      else fill(trends, h('h2', { id: 'trends-title' }, 'Trends'), h('p', { class: 'hint' }, 'Trends cover every recorded week; they are shown in the current view.'));
    },
    onScore: (event) => event.scope === scope && scoreCard(score, event),
    concerns: (event) => event.organization === org && event.system === system,
  };
}

/** The organization's owning teams or business domains, each with its score and worst components. */
function groupSection(section, titleId, title, org, kind, groups, asOf, emptyText) {
  fill(section, h('h2', { id: titleId }, title),
    table(`${title} of ${org}`, [kind === 'owner' ? 'Team' : 'Domain', 'Coherence index', 'Verdicts', 'Gaps', 'Worst components'],
      groups.map((group) => h('tr', { [`data-${kind}`]: group.name },
        h('th', { scope: 'row' }, h('a', { href: href.group(kind, org, group.name, asOf) }, group.name)),
        h('td', { class: 'number' }, index(group.score.coherenceIndex)),
        h('td', {}, distribution(group.score)),
        h('td', {}, gapCounts(group.score)),
        h('td', {}, (group.worstComponents ?? []).map((id, i) => [i ? ', ' : null, h('a', { href: href.component(id, asOf) }, id)])))),
      emptyText));
}

export function breadcrumb(links, current) {
  return h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, h('ol', {},
    links.map(([text, link]) => h('li', {}, h('a', { href: link }, text))),
    h('li', {}, h('span', { 'aria-current': 'page' }, current))));
}

/** The score of a scope, from a query answer or straight from a score-changed event (the same figures). */
export function scoreCard(section, score) {
  fill(section,
    h('div', { class: 'score-figure' },
      h('span', { class: 'score-index' }, index(score.coherenceIndex)),
      h('span', { class: 'score-caption' }, `coherence index over ${score.components} component${score.components === 1 ? '' : 's'}`)),
    h('div', { class: 'score-detail' },
      distribution(score),
      h('p', {}, 'Headline gaps: ', gapCounts(score)),
      h('p', {}, 'Last change: ', lastChange(score))));
}

export function componentTable(caption, rows, asOf) {
  return table(caption, ['Component', 'Verdict', 'Coherence index', 'Blocking', 'Concerning', 'Uncertain', 'Clean', 'Owner · domain',
    'Assessed', 'Cause'],
  rows.map((row) => h('tr', { 'data-component': row.id },
    h('th', { scope: 'row' }, h('a', { href: href.component(row.id, asOf) }, row.id)),
    h('td', {}, verdictBadge(row.verdict)),
    h('td', { class: 'number' }, index(row.coherenceIndex)),
    h('td', { class: 'number' }, row.blocking),
    h('td', { class: 'number' }, row.concerning),
    h('td', { class: 'number' }, row.uncertain ?? 0),
    h('td', { class: 'number' }, row.clean),
    h('td', {}, groupLinks(row.id.split('/')[0], row, asOf)),
    h('td', {}, time(row.assessedAt)),
    h('td', {}, h('code', {}, row.cause)))), 'No component has been assessed.');
}

/** A component's owning team and business domain as links to their views, or a dash. */
export function groupLinks(org, { owner, domain }, asOf) {
  const links = [['owner', owner], ['domain', domain]].filter(([, name]) => name)
    .map(([kind, name]) => h('a', { href: href.group(kind, org, name, asOf), class: `group-link group-${kind}` }, name));
  return links.length === 0 ? h('span', { class: 'muted' }, '–') : links.flatMap((link, i) => (i ? [' · ', link] : [link]));
}

function lastChange(score) {
  return score.changedAt ? [time(score.changedAt), ' — ', h('code', {}, score.cause ?? '')] : time(null);
}
