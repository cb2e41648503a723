// The live stream (/api/stream) for the scope in view. EventSource reconnects by itself and resumes with Last-Event-ID;
// if the server refuses the stream (the browser then gives up), it is reopened later from the last id seen (?lastEventId=).

const REOPEN_AFTER_MS = 5000;
const EVENT_TYPES = ['connected', 'gap-changed', 'score-changed', 'group-score-changed', 'events-missed'];

export class LiveStream {
  constructor(onEvent, onStatus) {
    this.onEvent = onEvent;
    this.onStatus = onStatus;
    this.key = null;
    this.source = null;
    this.lastEventId = '';
    this.reopenTimer = null;
  }

  /** Follows the events of one organization, one system, or everything ({}); a new scope opens a new stream. */
  follow(filter) {
    const query = new URLSearchParams();
    if (filter.org) query.set('org', filter.org);
    if (filter.org && filter.system) query.set('system', filter.system);
    const key = query.toString();
    if (key === this.key && this.source) return;
    this.close();
    this.key = key;
    this.lastEventId = '';
    this.open();
  }

  open() {
    const query = new URLSearchParams(this.key);
    if (this.lastEventId) query.set('lastEventId', this.lastEventId);
    const text = query.toString();
    const source = new EventSource(`/api/stream${text ? `?${text}` : ''}`);
    this.source = source;
    this.onStatus('connecting');
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (event) => {
        if (source !== this.source) return;
        if (event.lastEventId) this.lastEventId = event.lastEventId;
        if (type === 'connected') this.onStatus('live');
        this.onEvent(type, parse(event.data));
      });
    }
    source.addEventListener('error', () => {
      if (source !== this.source) return;
      if (source.readyState === EventSource.CLOSED) {
        this.onStatus('offline');
        this.reopenTimer = setTimeout(() => this.open(), REOPEN_AFTER_MS);
      } else {
        this.onStatus('reconnecting');
      }
    });
  }

  close() {
    clearTimeout(this.reopenTimer);
    this.source?.close();
    this.source = null;
  }

  /** Stops following (a historical view shows a past state); the next follow() opens a new stream. */
  pause() {
    this.close();
    this.key = null;
    this.onStatus('paused');
  }
}

function parse(data) {
  try {
    return JSON.parse(data);
  } catch {
    return {};
  }
}
