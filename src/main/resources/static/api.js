// Calls to the HTTP API. Errors are RFC 9457 problem details: {title, detail, errors: [{field, value, message}]}.

export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.body = body;
    // 404 and 409 problems name one field, without an errors list.
    this.errors = Array.isArray(body.errors) ? body.errors
      : [{field: body.field || '(request)', message: body.detail || body.title || `HTTP ${status}`}];
  }
}

export async function call(path, {method = 'GET', body, signal} = {}) {
  const init = {method, signal, headers: {Accept: 'application/json, application/problem+json'}};
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : {detail: await response.text()};
  if (!response.ok) throw new Problem(response.status, payload);
  return payload;
}

const ds = id => `/api/datasets/${encodeURIComponent(id)}`;

export const api = {
  datasets: () => call('/api/datasets'),
  dataset: id => call(ds(id)),
  status: (id, asOf, signal) => call(`${ds(id)}/status?asOf=${encodeURIComponent(asOf)}`, {signal}),
  timeline: id => call(`${ds(id)}/timeline`),
  explainedTimeline: (id, subject) => call(`${ds(id)}/timeline?subject=${encodeURIComponent(subject)}&explain=true`),
  /** A what-if whose reports cover only the instruments and organizations its facts touch. */
  whatIf: (id, request, signal) => call(`${ds(id)}/what-if?reports=touched`, {method: 'POST', body: request, signal}),
  /** The timeline of one subject in a what-if scenario ({add, remove}). */
  whatIfTimeline: (id, subject, {add, remove}, {explain = false, signal} = {}) =>
    call(`${ds(id)}/what-if/timeline?subject=${encodeURIComponent(subject)}${explain ? '&explain=true' : ''}`,
      {method: 'POST', body: {add, remove}, signal}),
};
