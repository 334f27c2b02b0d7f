// The warnings view: grouped by severity, filtered by code, person and initiative (kept in the address),
// each warning with the fixes the service suggests, and a fix plan for the whole team.
import { json } from './api.js';
import { byId, byName, fill, h } from './dom.js';
import { fixesOf, fixPlan } from './fixes.js';

const GROUPS = [['ERROR', 'Errors'], ['WARNING', 'Warnings'], ['INFO', 'Information']];
const FILTERS = { code: 'filter-code', person: 'filter-person', initiative: 'filter-initiative' };
let wired = false;
let context = null;

export async function showWarnings(ctx, params) {
  context = ctx;
  wireOnce();
  byId('fix-plan').hidden = !ctx.canEdit;
  const [warnings, workload] = await Promise.all([json(`${ctx.base}/warnings`), json(`${ctx.base}/workload`)]);
  const names = {
    person: new Map(workload.map((p) => [p.personId, p.name])),
    initiative: new Map(ctx.initiatives.map((i) => [i.id, i.name])),
  };
  const chosen = Object.fromEntries(Object.keys(FILTERS).map((f) => [f, params.get(f) ?? '']));
  const codes = [...new Set(warnings.map((w) => w.code))].sort();
  options(FILTERS.code, 'All codes', codes.map((c) => [c, c]), chosen.code);
  options(FILTERS.person, 'Everyone', [...names.person].sort((a, b) => byName(a[1], b[1])), chosen.person);
  options(FILTERS.initiative, 'All initiatives', [...names.initiative], chosen.initiative);
  const shown = warnings.filter((w) => (!chosen.code || w.code === chosen.code)
    && (!chosen.person || String(w.personId) === chosen.person)
    && (!chosen.initiative || String(w.initiativeId) === chosen.initiative));
  fill(byId('warning-count'), shown.length === warnings.length
    ? `${warnings.length} warnings`
    : `${shown.length} of ${warnings.length} warnings match the filters`);
  const shared = { ctx, names, chosen, reload: () => showWarnings(ctx, params) };
  fill(byId('warning-groups'), GROUPS.map(([severity, title]) => group(severity, title, shown, shared)));
}

function wireOnce() {
  if (wired) {
    return;
  }
  wired = true;
  const form = byId('warning-filters');
  form.addEventListener('change', () => {
    const query = new URLSearchParams();
    for (const [name, id] of Object.entries(FILTERS)) {
      if (byId(id).value) {
        query.set(name, byId(id).value);
      }
    }
    location.hash = `#/warnings${query.size ? `?${query}` : ''}`;
  });
  byId('fix-plan').addEventListener('click', (event) => fixPlan(context, event.currentTarget));
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    location.hash = '#/warnings';
  });
}

function options(id, all, entries, chosen) {
  fill(byId(id), h('option', { value: '' }, all),
    entries.map(([value, label]) => h('option', { value, selected: String(value) === chosen }, label)));
}

function group(severity, title, warnings, shared) {
  const members = warnings.filter((w) => w.severity === severity);
  if (members.length === 0) {
    return null;
  }
  const heading = `group-${severity}`;
  return h('section', { class: `group sev-${severity}`, 'aria-labelledby': heading },
    h('h3', { id: heading }, `${title} (${members.length})`),
    h('ul', { class: 'warning-list' }, members.map((w) => card(w, shared))));
}

function card(warning, { ctx, names, chosen, reload }) {
  const person = names.person.get(warning.personId);
  const initiative = names.initiative.get(warning.initiativeId);
  const subject = [person, initiative, warning.responsibility].filter(Boolean).join(' · ');
  const [toggle, fixes] = fixesOf(ctx, warning, reload);
  return h('li', { class: 'warning', 'data-code': warning.code, 'data-id': warning.id },
    h('p', { class: 'title' }, h('span', { class: 'badge' }, warning.severity), ' ', h('code', {}, warning.code),
      subject && h('span', { class: 'subject' }, subject)),
    h('p', { class: 'message' }, warning.message),
    h('p', { class: 'advice' }, h('strong', {}, 'Advice: '), warning.advice),
    figures(warning.figures),
    h('p', { class: 'links' }, links(warning, person, initiative, chosen), toggle),
    fixes);
}

function links(warning, person, initiative, chosen) {
  const found = [];
  if (warning.initiativeId) {
    const row = warning.responsibility ? `?row=${encodeURIComponent(warning.responsibility)}` : '';
    found.push(h('a', { href: `#/matrix/${warning.initiativeId}${row}` },
      row ? `Open the row in ${initiative}'s matrix` : `Open ${initiative}'s matrix`));
  }
  if (warning.personId) {
    if (chosen.person !== String(warning.personId)) {
      found.push(h('a', { href: `#/warnings?person=${warning.personId}` }, `All of ${person}'s warnings`));
    }
    found.push(h('a', { href: `#/workload?person=${warning.personId}` }, `${person}'s workload`));
  }
  return found;
}

/** The numbers behind the warning, so a reader can check it by hand. */
function figures(values) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) {
    return null;
  }
  return h('dl', { class: 'figures' }, entries.flatMap(([name, value]) => [
    h('dt', {}, words(name)),
    h('dd', {}, Array.isArray(value) && value.some(isObject)
      ? h('ul', {}, value.map((item) => h('li', {}, show(item))))
      : show(value)),
  ]));
}

function show(value) {
  if (Array.isArray(value)) {
    return value.map(show).join(', ');
  }
  if (isObject(value)) {
    return Object.entries(value).map(([k, v]) => `${words(k)}: ${show(v)}`).join(' · ');
  }
  return String(value);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** loadHours → load hours, roleAInitiatives → role a initiatives */
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').toLowerCase();
}
