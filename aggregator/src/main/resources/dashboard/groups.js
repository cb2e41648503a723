// The view of an owning team (#/owner/acme/team-a) or a business domain (#/domain/acme/commerce) of an organization:
// its score and its components with theirs, now or as of a time. Owner names may hold slashes (group:default/payments):
// the route carries the name as one encoded segment, the API path takes it whole.

import { api } from './api.js';
import { asOfControl, historicalNotice } from './asof.js';
import { fill, h, href, label } from './dom.js';
import { breadcrumb, componentTable, scoreCard } from './scopes.js';

const KINDS = { owner: 'Owner team', domain: 'Business domain' };

export function isGroupKind(kind) {
  return kind in KINDS;
}

export function groupView(kind, org, name, asOf) {
  const scope = `${org}|${kind}|${name}`;
  const score = h('section', { class: 'score-card', 'aria-label': 'Score' });
  const components = h('section', { 'aria-labelledby': 'components-title' });
  return {
    filter: { org },
    title: `${KINDS[kind]} ${name}${asOf ? ` as of ${asOf}` : ''}`,
    asOf,
    mount: (main) => fill(main, breadcrumb([['Organizations', href.home()], [org, href.org(org, asOf)]], `${label(kind)} ${name}`),
      h('h1', { tabindex: '-1' }, h('span', { class: 'group-kind' }, `${KINDS[kind]} `), name),
      asOfControl(asOf), historicalNotice(asOf), score, components),
    async refresh(signal) {
      const document = await api.group(kind, org, name, asOf, signal);
      scoreCard(score, document.score);
      fill(components, h('h2', { id: 'components-title' }, 'Components'),
        componentTable(`Components of ${label(kind)} ${name} in ${org}`, document.components, asOf));
    },
    onGroupScore: (event) => event.scope === scope && scoreCard(score, event),
    concerns: (event) => event.scope === scope || (event.organization === org && event[kind] === name),
  };
}
