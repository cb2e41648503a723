// The query API as the dashboard reads it: JSON documents, errors as {message, parameter} turned into ApiError.

import { href } from './dom.js';

export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

export async function getJson(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.message ?? `The API answered ${response.status} ${response.statusText}.`;
    throw new ApiError(response.status, message, body?.parameter);
  }
  return body;
}

const enc = encodeURIComponent;

/** "?asOf=…" for a historical view, nothing for the current state. */
function asOfQuery(asOf) {
  return asOf ? `?${new URLSearchParams({ asOf })}` : '';
}

export const api = {
  organizations: (signal) => getJson('/api/organizations', signal),
  organization: (org, asOf, signal) => getJson(`/api/organizations/${enc(org)}${asOfQuery(asOf)}`, signal),
  system: (org, system, asOf, signal) => getJson(`/api/organizations/${enc(org)}/systems/${enc(system)}${asOfQuery(asOf)}`, signal),
  /** One owning team (kind owner) or business domain (kind domain) with its components. */
  group: (kind, org, name, asOf, signal) => getJson(`${href.groupApi(kind, org, name)}${asOfQuery(asOf)}`, signal),
  trends: (org, system, signal) => getJson(system
    ? `/api/organizations/${enc(org)}/systems/${enc(system)}/trends`
    : `/api/organizations/${enc(org)}/trends`, signal),
  gaps: (id, filters, asOf, signal) => {
    const query = new URLSearchParams([...filters].filter(([, value]) => value !== ''));
    if (asOf) query.set('asOf', asOf);
    const text = query.toString();
    return getJson(`${href.componentApi(id)}/gaps${text ? `?${text}` : ''}`, signal);
  },
  history: (id, signal) => getJson(`${href.componentApi(id)}/history`, signal),
  componentMarkdown: (id, asOf) => `${href.componentApi(id)}/gaps.md${asOfQuery(asOf)}`,
  systemMarkdown: (org, system, asOf) => `/api/systems/${enc(org)}/${enc(system)}/gaps.md${asOfQuery(asOf)}`,
};
