// The "as of" control of the organization, system, group and component views: a date and time (UTC) that shows the view
// as things stood then (asOf in the URL, so it can be shared), and the notice that marks a view as historical.

import { h, time } from './dom.js';

/** An instant (2026-12-02T10:00:00Z) as the value of a datetime-local input, which the control reads as UTC. */
export function inputValue(asOf) {
  return asOf ? asOf.replace(/(\.\d+)?Z$/, '').slice(0, 19) : '';
}

/** The input's value (2026-12-02T10:00, or with seconds), read as UTC, as an instant; '' for none. */
export function instant(value) {
  if (!value) return '';
  return `${value.length === 16 ? `${value}:00` : value}Z`;
}

/** Shows the view of the URL at another time ('' for now), keeping its path and other parameters. */
function showAsOf(asOf) {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  if (asOf) params.set('asOf', asOf);
  else params.delete('asOf');
  const text = params.toString();
  location.hash = `${path}${text ? `?${text}` : ''}`;
}

export function asOfControl(asOf) {
  const input = h('input', { type: 'datetime-local', id: 'as-of', name: 'asOf', step: '1', value: inputValue(asOf) });
  return h('form', {
    class: 'as-of',
    'aria-label': 'Show the state as of a time',
    onsubmit: (event) => {
      event.preventDefault();
      showAsOf(instant(input.value));
    },
  },
  h('label', { for: 'as-of' }, 'As of (UTC)'), ' ', input, ' ', h('button', { type: 'submit' }, 'Show'),
  asOf ? [' ', h('button', { type: 'button', class: 'as-of-now', onclick: () => showAsOf('') }, 'Back to now')] : null);
}

/** Marks a historical view: the time it shows, and that it does not follow live updates. Nothing for the current state. */
export function historicalNotice(asOf) {
  return asOf ? h('p', { class: 'historical-notice', role: 'status' }, h('strong', {}, 'Historical view'),
    ': as things stood at ', time(asOf), '. Live updates are paused; choose "Back to now" to follow them again.') : null;
}
