// The API underneath the page: bearer token from this tab's session storage, problem documents as errors.

const TOKEN_KEY = 'raci.token';
const TEAM_KEY = 'raci.team';

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set token(value) {
    store(TOKEN_KEY, value);
  },
  /** The team the operator chose; a team's token has its own. */
  get team() {
    return sessionStorage.getItem(TEAM_KEY);
  },
  set team(value) {
    store(TEAM_KEY, value);
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(TEAM_KEY);
  },
};

/** A refusal of the API, with the problem document's detail as its message and its errors ({field|cell, message}). */
export class ApiError extends Error {
  constructor(status, detail, errors = []) {
    super(detail);
    this.status = status;
    this.errors = errors;
  }
}

/** The longest the page waits on its own before retrying a busy answer, whatever Retry-After says. */
const MAX_BUSY_WAIT_SECONDS = 60;

let busyListener = () => {};

/**
 * Who hears about busy answers: called with the seconds to wait before the one automatic retry,
 * then with null once the retry is answered (served or not).
 */
export function onBusy(listener) {
  busyListener = listener;
}

/**
 * The raw response of a successful call; anything else throws an {@link ApiError}. A 503 busy
 * answer (heavy work such as workbook exports queued up) is retried once, after its Retry-After.
 */
export async function call(path, { method = 'GET', body, ifMatch, accept = 'application/json' } = {}) {
  const headers = { Accept: accept, Authorization: `Bearer ${session.token}` };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (ifMatch) {
    headers['If-Match'] = ifMatch;
  }
  const send = () => fetch(`/api/v1${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
  });
  let response = await send();
  const seconds = busySeconds(response);
  if (seconds !== null) {
    busyListener(seconds);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    try {
      response = await send();
    } finally {
      busyListener(null);
    }
  }
  if (!response.ok) {
    throw await refusal(response);
  }
  return response;
}

/** The seconds a busy answer asks to wait, or null when the answer is not a busy one. */
function busySeconds(response) {
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  if (response.status !== 503 || Number.isNaN(retryAfter)) {
    return null;
  }
  return Math.min(Math.max(retryAfter, 1), MAX_BUSY_WAIT_SECONDS);
}

export async function json(path, options) {
  const response = await call(path, options);
  return response.status === 204 ? null : response.json();
}

/**
 * Saves a workbook. The download needs the bearer header, so a plain link cannot fetch it: the
 * page fetches the bytes and hands them to the browser as an object URL with the server's file name.
 */
export async function download(path) {
  const response = await call(path, { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const name = fileName(response.headers.get('Content-Disposition')) ?? 'raci.xlsx';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // revoked later: the browser reads the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

function fileName(disposition) {
  if (!disposition) {
    return null;
  }
  const encoded = /filename\*\s*=\s*utf-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    return decodeURIComponent(encoded[1]);
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

async function refusal(response) {
  let detail = `${response.status} ${response.statusText}`;
  let errors = [];
  try {
    const problem = await response.json();
    detail = problem.detail ?? problem.title ?? detail;
    errors = problem.errors ?? [];
  } catch {
    // not a problem document (a proxy's error page, say): the status line says enough
  }
  return new ApiError(response.status, detail, errors);
}

function store(key, value) {
  if (value) {
    sessionStorage.setItem(key, value);
  } else {
    sessionStorage.removeItem(key);
  }
}
