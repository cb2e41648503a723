// Trends of a scope: gaps opened and resolved per category per ISO week, and the pattern's domain-debt warning
// (Concerning grew, and grew more than Clean, over the recent weeks). Uncertain gaps are shown, not part of the warning.

import { fill, h, table } from './dom.js';

const WEEKS_SHOWN = 12;

export function trendsSection(section, trends) {
  const signal = trends.signal;
  const weeks = trends.weeks.slice(-WEEKS_SHOWN).reverse();
  fill(section,
    h('h2', { id: 'trends-title' }, 'Trends'),
    h('p', { class: signal.debtAccruing ? 'signal signal-warning' : 'signal' },
      signal.debtAccruing ? h('strong', {}, 'Domain debt is accruing. ') : null, signal.message),
    table(`Gaps opened and resolved per ISO week (latest ${WEEKS_SHOWN} weeks with changes, newest first)`,
      ['Week', 'Blocking', 'Concerning', 'Uncertain', 'Clean', 'Debt accruing'],
      weeks.map((week) => h('tr', { class: week.debtAccruing ? 'debt-accruing' : null },
        h('th', { scope: 'row' }, h('time', { datetime: week.start }, week.period)),
        flow(week.blocking), flow(week.concerning), flow(week.uncertain), flow(week.clean),
        h('td', {}, week.debtAccruing ? 'yes' : 'no'))),
      'No gap has changed yet.'));
}

function flow(categoryFlow = { opened: 0, resolved: 0, net: 0 }) {
  const net = categoryFlow.net > 0 ? `+${categoryFlow.net}` : String(categoryFlow.net);
  return h('td', { class: 'number' }, `${categoryFlow.opened} opened, ${categoryFlow.resolved} resolved (net ${net})`);
}
