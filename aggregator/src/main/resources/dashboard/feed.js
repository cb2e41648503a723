// The short feed of recent changes beside every view: each gap round and score change the stream delivers, newest first.

import { h, href, index, label, time } from './dom.js';

const KEPT = 20;

export class Feed {
  constructor(list) {
    this.list = list;
  }

  gapChanged(round) {
    const summary = summarize(round.changes ?? []);
    this.add(round.occurredAt, 'feed-gap',
      h('a', { href: href.component(round.componentId) }, round.componentId), ' ',
      h('code', {}, round.cause), ': ', summary);
  }

  scoreChanged(score) {
    const scope = score.system ? h('a', { href: href.system(score.organization, score.system) }, score.scope)
      : h('a', { href: href.org(score.organization) }, score.scope);
    this.add(score.changedAt, 'feed-score', scope, ` coherence index ${index(score.coherenceIndex)} `,
      `(${score.coherent} coherent, ${score.accruingDebt} accruing debt, ${score.implicit} implicit)`);
  }

  /** An owning team's or business domain's new score (scope org|owner|name or org|domain|name). */
  groupScoreChanged(score) {
    const kind = score.owner ? 'owner' : 'domain';
    const name = score.owner ?? score.domain;
    this.add(score.changedAt, 'feed-score',
      `${kind} `, h('a', { href: href.group(kind, score.organization, name) }, name), ` in ${score.organization}`,
      ` coherence index ${index(score.coherenceIndex)} `,
      `(${score.coherent} coherent, ${score.accruingDebt} accruing debt, ${score.implicit} implicit)`);
  }

  note(message) {
    this.add(new Date().toISOString(), 'feed-note', message);
  }

  add(at, kind, ...content) {
    this.list.prepend(h('li', { class: kind }, time(at), h('span', { class: 'feed-text' }, content)));
    while (this.list.children.length > KEPT) this.list.lastElementChild.remove();
  }
}

/** "2 opened (blocking, concerning), 1 resolved" — or that the round changed no gap. */
function summarize(changes) {
  if (changes.length === 0) return 're-assessed, no gap changed';
  const byKind = new Map();
  for (const change of changes) {
    const categories = byKind.get(change.kind) ?? [];
    categories.push(change.category);
    byKind.set(change.kind, categories);
  }
  return [...byKind].map(([kind, categories]) =>
    `${categories.length} ${label(kind)} (${[...new Set(categories)].map(label).join(', ')})`).join(', ');
}
