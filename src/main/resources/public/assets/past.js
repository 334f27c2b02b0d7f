// The matrix in the past: "as of" shows the matrix as it was at a moment (read only), "changes since"
// outlines the cells changed after a moment, with who and when on hover. Both are kept in the address
// (#/matrix/12?asOf=…&since=…), so a view of the past can be shared.
import { json } from './api.js';
import { byId, fill } from './dom.js';

const state = { asOf: null, since: null, changes: new Map() };
let wired = false;

/** Reads the moments from the address and wires the two pickers; {@code reload} shows the matrix again. */
export function readPast(reload) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  state.asOf = params.get('asOf');
  state.since = params.get('since');
  byId('as-of').value = local(state.asOf);
  byId('changes-since').value = local(state.since);
  if (!wired) {
    wired = true;
    for (const [id, key] of [['as-of', 'asOf'], ['changes-since', 'since']]) {
      byId(id).addEventListener('change', () => remember(key, byId(id).value, reload));
    }
    byId('past-clear').addEventListener('click', () => {
      remember('asOf', '', null);
      remember('since', '', reload);
    });
  }
}

/** Whether the matrix shown is a past one: nothing to edit, and today's warnings do not describe it. */
export function inThePast() {
  return state.asOf !== null;
}

export function matrixPath(base) {
  return state.asOf ? `${base}/matrix?at=${encodeURIComponent(state.asOf)}` : `${base}/matrix`;
}

/** The cell changes after "since" (up to "as of", when set), latest per cell, and the note above the matrix. */
export async function loadChanges(base) {
  state.changes = new Map();
  if (state.since) {
    const to = state.asOf ? `&to=${encodeURIComponent(state.asOf)}` : '';
    const changes = await json(`${base}/matrix/changes?from=${encodeURIComponent(state.since)}${to}&size=1000`);
    for (const change of changes) {
      const key = `${change.responsibility}|${change.person}`;
      state.changes.set(key, [...(state.changes.get(key) ?? []), change]);
    }
  }
  const notes = [];
  if (state.asOf) {
    notes.push(`As it was at ${shown(state.asOf)}: read only; the warnings below are today's.`);
  }
  if (state.since) {
    notes.push(`${state.changes.size} cell${state.changes.size === 1 ? '' : 's'} changed since ${shown(state.since)}: outlined; hover for who and when.`);
  }
  fill(byId('past-note'), notes.join(' '));
  byId('past-note').hidden = notes.length === 0;
}

/** What changed in a cell since "since", as a tooltip, or null when nothing did. */
export function changeOf(responsibility, personId) {
  const changes = state.changes.get(`${responsibility}|${personId}`);
  return changes ? changes.map((c) => `${c.before ?? 'empty'} → ${c.after ?? 'empty'} by ${c.actor}, ${shown(c.at)}`).join('\n') : null;
}

function remember(key, value, reload) {
  const [path, query] = location.hash.split('?');
  const params = new URLSearchParams(query ?? '');
  state[key] = value ? new Date(value).toISOString() : null;
  if (state[key]) {
    params.set(key, state[key]);
  } else {
    params.delete(key);
  }
  history.replaceState(null, '', `${path}${params.size ? `?${params}` : ''}`);
  if (reload) {
    reload();
  }
}

/** An instant as the picker shows it: local time, to the second. */
function local(instant) {
  if (!instant) {
    return '';
  }
  const date = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function shown(instant) {
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}
