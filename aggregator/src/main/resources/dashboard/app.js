// The dashboard: routes the URL hash (#/, #/org/acme, #/system/acme/shop, #/owner/acme/team-a, #/domain/acme/commerce,
// #/component/acme/shop/orders?category=blocking; any of them but #/ with ?asOf=T for a past state) to a view, loads it
// from the query API, and keeps it current from the live stream of the scope in view — not while it shows the past.

import { componentView } from './component.js';
import { problem } from './dom.js';
import { Feed } from './feed.js';
import { groupView, isGroupKind } from './groups.js';
import { LiveStream } from './live.js';
import { homeView, organizationView, systemView } from './scopes.js';

const REFRESH_DELAY_MS = 250;
const STATUS_TEXT = {
  connecting: 'Connecting to live updates…',
  live: 'Live',
  reconnecting: 'Connection lost; reconnecting…',
  offline: 'Live updates unavailable; retrying…',
  paused: 'Live updates paused: historical view',
};

const main = document.getElementById('view');
const liveStatus = document.getElementById('live');
const feed = new Feed(document.getElementById('feed'));
const stream = new LiveStream(onLiveEvent, (status) => {
  liveStatus.textContent = STATUS_TEXT[status];
  liveStatus.className = `live live-${status}`;
});

let current = null;
let refreshTimer = null;

function viewOf(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const asOf = params.get('asOf') ?? '';
  if (parts[0] === 'org' && parts.length === 2) return organizationView(parts[1], asOf);
  if (parts[0] === 'system' && parts.length === 3) return systemView(parts[1], parts[2], asOf);
  if (isGroupKind(parts[0]) && parts.length === 3) return groupView(parts[0], parts[1], parts[2], asOf);
  if (parts[0] === 'component' && parts.length >= 4) return componentView(parts.slice(1).join('/'), params);
  return homeView();
}

/** Shows the view of the URL; after a navigation (not on the first load) focus moves to its heading. */
function route(navigation) {
  const navigated = navigation instanceof HashChangeEvent;
  current?.controller.abort();
  clearTimeout(refreshTimer);
  const view = viewOf(location.hash);
  current = { view, controller: new AbortController() };
  document.title = `${view.title} · Scale Projection`;
  view.mount(main);
  main.classList.toggle('historical', Boolean(view.asOf));
  if (navigated) main.querySelector('h1')?.focus();
  if (view.asOf) stream.pause();
  else stream.follow(view.filter);
  refresh();
}

/** Reloads what the view shows; a later route or refresh makes an earlier answer moot. */
async function refresh(loader = (view, signal) => view.refresh(signal)) {
  const { view, controller } = current;
  try {
    await loader(view, controller.signal);
    main.querySelector(':scope > .problem')?.remove();
  } catch (error) {
    if (controller.signal.aborted) return;
    main.querySelector(':scope > .problem')?.remove();
    main.append(problem(error));
  }
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refresh(), REFRESH_DELAY_MS);
}

function onLiveEvent(type, data) {
  const view = current?.view;
  if (!view) return;
  if (type === 'connected') {
    scheduleRefresh();
  } else if (type === 'events-missed') {
    feed.note('Some changes were missed while disconnected; reloaded from the API.');
    refresh();
  } else if (type === 'score-changed') {
    feed.scoreChanged(data);
    view.onScore?.(data);
    if (view.concerns(data)) scheduleRefresh();
  } else if (type === 'group-score-changed') {
    feed.groupScoreChanged(data);
    view.onGroupScore?.(data);
    if (view.concerns(data)) scheduleRefresh();
  } else if (type === 'gap-changed') {
    feed.gapChanged(data);
    if (view.componentId === data.componentId) refresh((v, signal) => v.awaitRound(data, signal));
    else if (view.concerns(data)) scheduleRefresh();
  }
}

window.addEventListener('hashchange', route);
route();
