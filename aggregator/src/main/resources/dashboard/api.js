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

export const api = {
  organizations: (signal) => getJson('/api/organizations', signal),
  organization: (org, signal) => getJson(`/api/organizations/${enc(org)}`, signal),
  system: (org, system, signal) => getJson(`/api/organizations/${enc(org)}/systems/${enc(system)}`, signal),
  trends: (org, system, signal) => getJson(system
    ? `/api/organizations/${enc(org)}/systems/${enc(system)}/trends`
    : `/api/organizations/${enc(org)}/trends`, signal),
  gaps: (id, filters, signal) => {
    const query = new URLSearchParams([...filters].filter(([, value]) => value !== '')).toString();
    return getJson(`${href.componentApi(id)}/gaps${query ? `?${query}` : ''}`, signal);
  },
  history: (id, signal) => getJson(`${href.componentApi(id)}/history`, signal),
  componentMarkdown: (id) => `${href.componentApi(id)}/gaps.md`,
  systemMarkdown: (org, system) => `/api/systems/${enc(org)}/${enc(system)}/gaps.md`,
};
