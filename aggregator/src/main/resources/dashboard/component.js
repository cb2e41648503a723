// A component: its level and verdict per target level, owner and domain, its gaps (filtered as the API allows: level,
// category, concern, scale vector; the filters live in the URL) with rule, explanation, evidence and — for an uncertain
// gap — what would settle it, and its history: every change with its cause, author and reason, newest first. As of a
// time (asOf in the URL) it shows the assessment then and the history up to then.

import { api } from './api.js';
import { asOfControl, historicalNotice } from './asof.js';
import { CATEGORIES, categoryBadge, fill, h, href, index, label, problem, table, time, verdictBadge } from './dom.js';
import { breadcrumb } from './scopes.js';

const ROUND_ATTEMPTS = 20;
const ROUND_RETRY_MS = 500;
const LEVELS = ['chat', 'script', 'project', 'service', 'composed', 'orchestrated', 'governed', 'scaled'];
const FILTERS = {
  level: LEVELS.map((name, i) => [String(i + 1), `${i + 1} ${name} or below`]),
  category: CATEGORIES.map((name) => [name, label(name)]),
  concern: ['multi-tenancy', 'data-sovereignty', 'partitioning', 'multi-region', 'compute', 'observability', 'configuration']
    .map((name) => [name, label(name)]),
  vector: ['data-volume', 'concurrent-users', 'geographic-distribution', 'throughput-latency', 'data-complexity', 'regulatory',
    'team-size'].map((name) => [name, label(name)]),
};

export function componentView(id, params) {
  const [org, system, ...rest] = id.split('/');
  const filters = new URLSearchParams([...params].filter(([name]) => name in FILTERS));
  const asOf = params.get('asOf') ?? '';
  const summary = h('section', { 'aria-label': 'Assessment' });
  const gaps = h('div', { class: 'gap-list' });
  const historySection = h('section', { 'aria-labelledby': 'history-title' });
  const view = {
    filter: { org, system },
    title: asOf ? `${id} as of ${asOf}` : id,
    componentId: id,
    asOf,
    mount: (main) => fill(main,
      breadcrumb([['Organizations', href.home()], [org, href.org(org, asOf)], [system, href.system(org, system, asOf)]], rest.join('/')),
      h('h1', { tabindex: '-1' }, id), asOfControl(asOf), historicalNotice(asOf), summary,
      h('section', { 'aria-labelledby': 'gaps-title' }, h('h2', { id: 'gaps-title' }, 'Gaps'), filterForm(filters, () => view.refreshGaps()), gaps),
      historySection),
    async refresh(signal) {
      const [assessment, entries] = await Promise.all([api.gaps(id, filters, asOf, signal), api.history(id, signal)]);
      renderSummary(summary, id, assessment, asOf);
      renderGaps(gaps, assessment.gaps, filters);
      renderHistory(historySection, asOf ? entries.filter((entry) => Date.parse(entry.time) <= Date.parse(asOf)) : entries, asOf);
    },
    async refreshGaps() {
      const query = new URLSearchParams(filters);
      if (asOf) query.set('asOf', asOf);
      const text = query.toString();
      history.replaceState(null, '', `${href.component(id)}${text ? `?${text}` : ''}`);
      try {
        renderGaps(gaps, (await api.gaps(id, filters, asOf)).gaps, filters);
      } catch (error) {
        fill(gaps, problem(error));
      }
    },
    /** The stream shows a round before the aggregator has applied it: reload until the history holds it. */
    async awaitRound(round, signal) {
      for (let attempt = 0; attempt < ROUND_ATTEMPTS && !signal.aborted; attempt++) {
        const entries = await api.history(id, signal);
        if (entries.some((entry) => entry.time === round.occurredAt && entry.cause === round.cause)) break;
        await new Promise((resolve) => setTimeout(resolve, ROUND_RETRY_MS));
      }
      await view.refresh(signal);
    },
    concerns: (event) => event.scope === `${org}/${system}`,
  };
  return view;
}

function filterForm(filters, onChange) {
  return h('form', { class: 'filters', 'aria-label': 'Filter the gaps', onsubmit: (event) => event.preventDefault() },
    Object.entries(FILTERS).map(([name, options]) => h('label', {},
      `${label(name === 'vector' ? 'scale vector' : name)} `,
      h('select', {
        name,
        onchange: (event) => {
          if (event.target.value) filters.set(name, event.target.value);
          else filters.delete(name);
          onChange();
        },
      },
      h('option', { value: '' }, 'any'),
      options.map(([value, text]) => h('option', { value, selected: filters.get(name) === value }, text))))));
}

function renderSummary(section, id, assessment, asOf) {
  const [org] = id.split('/');
  fill(section,
    h('p', { class: 'component-headline' },
      'Level ', h('strong', {}, `${assessment.level} ${assessment.levelName}`), ' · headline verdict ', verdictBadge(assessment.verdict),
      ' · ', h('a', { href: api.componentMarkdown(id, asOf) }, 'GAPS.md')),
    h('dl', { class: 'component-facts' },
      h('dt', {}, 'Owner'), h('dd', { class: 'component-owner' }, assessment.owner
        ? h('a', { href: href.group('owner', org, assessment.owner, asOf) }, assessment.owner) : h('span', { class: 'muted' }, 'not named')),
      h('dt', {}, 'Domain'), h('dd', { class: 'component-domain' }, assessment.domain
        ? h('a', { href: href.group('domain', org, assessment.domain, asOf) }, assessment.domain) : h('span', { class: 'muted' }, 'not named')),
      h('dt', {}, 'Level per axis'), h('dd', { class: 'component-axes' }, (assessment.axes ?? []).length
        ? assessment.axes.map((a) => `${a.axis[0].toUpperCase()}${a.axis.slice(1)} ${a.level} ${a.levelName}`).join(' · ')
        : h('span', { class: 'muted' }, 'no axis shown by the facts')),
      h('dt', {}, 'Last change'), h('dd', { class: 'component-cause' }, time(assessment.assessedAt), ' ', h('code', {}, assessment.cause),
        attribution(assessment))),
    table('Verdict per target level', ['Target level', 'Verdict', 'Blocking', 'Concerning', 'Uncertain', 'Clean'],
      assessment.verdicts.map((verdict) => h('tr', {},
        h('th', { scope: 'row' }, `${verdict.targetLevel} ${LEVELS[verdict.targetLevel - 1] ?? ''}`),
        h('td', {}, verdictBadge(verdict.verdict)),
        h('td', { class: 'number' }, verdict.blocking),
        h('td', { class: 'number' }, verdict.concerning),
        h('td', { class: 'number' }, verdict.uncertain ?? 0),
        h('td', { class: 'number' }, verdict.clean))), 'The component is at the top level: no target level is left.'));
}

/** " by ada: the legacy database is retired next sprint" when an assertion caused the change; nothing otherwise. */
function attribution({ author, reason }) {
  if (!author) return null;
  return [' by ', h('strong', { class: 'author' }, author), reason ? [': ', h('span', { class: 'reason' }, reason)] : null];
}

const SEVERITY = Object.fromEntries(CATEGORIES.map((category, i) => [category, i]));

/** The gaps worst first: Blocking, Concerning, Uncertain, then Clean, each by the nearest target level. */
function renderGaps(container, unordered, filters) {
  const rank = (gap) => SEVERITY[gap.category] ?? CATEGORIES.length;
  const gaps = [...unordered].sort((a, b) => rank(a) - rank(b) || a.targetLevel - b.targetLevel);
  const filtered = filters.toString() !== '';
  fill(container,
    h('p', { class: 'gap-count', role: 'status' }, `${gaps.length} gap${gaps.length === 1 ? '' : 's'}${filtered ? ` match${gaps.length === 1 ? 'es' : ''} the filters` : ' open'}.`),
    gaps.length === 0 ? null : h('ul', { class: 'gaps' }, gaps.map((gap) => h('li', { class: `gap gap-${gap.category}`, 'data-gap': gap.id },
      h('h3', {}, categoryBadge(gap.category), ' ', gap.title),
      h('p', { class: 'gap-meta' },
        `to reach level ${gap.targetLevel} ${LEVELS[gap.targetLevel - 1] ?? ''} · ${label(gap.concern)}`,
        gap.scaleVectors.length ? ` · scale vectors: ${gap.scaleVectors.map(label).join(', ')}` : '',
        ' · rule ', h('code', { class: 'rule' }, gap.rule)),
      explanation(gap.explanation),
      settledBy(gap.settledBy),
      h('ul', { class: 'evidence', 'aria-label': 'Evidence' }, gap.evidence.map(evidence))))));
}

/** For an uncertain gap: the fact or assertion that would settle its category. */
function settledBy(text) {
  return text ? h('p', { class: 'settled-by' }, h('strong', {}, 'Settled by: '), text) : null;
}

function explanation(text) {
  const parts = [['Current state', text?.currentState], ['At scale', text?.atScale], ['Required', text?.required],
    ['Remediation', text?.remediation]].filter(([, value]) => value);
  return parts.length === 0 ? null
    : h('dl', { class: 'explanation' }, parts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function evidence(item) {
  const lines = item.endLine && item.endLine !== item.line ? `${item.line}-${item.endLine}` : `${item.line}`;
  return h('li', {},
    h('span', { class: 'repository' }, item.repository), item.commit ? [' @ ', h('code', {}, item.commit.slice(0, 12))] : null, ' — ',
    h('code', { class: 'location' }, `${item.path}:${lines}`),
    item.snippet ? h('pre', {}, h('code', {}, item.snippet)) : null);
}

function renderHistory(section, entries, asOf) {
  fill(section, h('h2', { id: 'history-title' }, 'History'),
    h('p', { class: 'hint' }, asOf
      ? 'Every change of the assessment up to the time shown, with its cause, newest first.'
      : 'Why did this score change, and when? Every change of the assessment with its cause, newest first.'),
    entries.length === 0 ? h('p', { class: 'empty' }, 'No change recorded.')
      : h('ol', { class: 'history', reversed: true }, [...entries].reverse().map((entry) => h('li', { class: 'history-entry' },
        h('p', { class: 'history-head' }, time(entry.time), ' ', h('code', { class: 'cause' }, entry.cause), ' → ',
          verdictBadge(entry.after.verdict), ` coherence index ${index(entry.after.coherenceIndex)}`,
          ` (${entry.after.blocking} blocking, ${entry.after.concerning} concerning, ${entry.after.uncertain ?? 0} uncertain, `
          + `${entry.after.clean} clean)`),
        entryAttribution(entry),
        entry.changes.length === 0 ? h('p', { class: 'muted' }, 'Re-assessed; no gap changed.')
          : h('ul', { class: 'changes' }, entry.changes.map(change))))));
}

/** "waived by ada: the legacy database is retired next sprint" for an entry an assertion caused. */
function entryAttribution(entry) {
  if (!entry.author) return null;
  const kinds = [...new Set(entry.changes.map((item) => label(item.kind)))];
  return h('p', { class: 'history-attribution' }, kinds.length ? kinds.join(' and ') : 'asserted', attribution(entry));
}

function change(item) {
  const category = item.previousCategory ? [categoryBadge(item.previousCategory), ' → ', categoryBadge(item.category)]
    : categoryBadge(item.category);
  return h('li', {}, h('strong', {}, label(item.kind)), ' ', category, ' ', item.title, ' · ', h('code', {}, item.rule),
    item.evidence.length ? [' · ', item.evidence.map((e) => h('code', { class: 'location' }, e.location)).flatMap((c, i) => i ? [', ', c] : [c])] : null,
    item.settledBy ? h('span', { class: 'settled-by' }, ' · settled by: ', item.settledBy) : null);
}
