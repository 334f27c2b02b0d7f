// The People view (#/people/{id}): one person across every initiative — roles, cells and their hours,
// load, warnings, and their history, the cells templates gave or took included.
import { download, json } from './api.js';
import { byId, byName, fill, h } from './dom.js';

const ACTIONS = {
  'cell.set': 'set by hand', 'cell.cleared': 'cleared by hand', 'cell.uploaded': 'set by a workbook upload',
  'cell.derived': 'set by a template', 'cell.removed': 'removed with its row or person',
};
let ctx = null;
let wired = false;

export async function showPeople(context, personId) {
  ctx = context;
  wireOnce();
  const people = (await json(`${ctx.base}/people?size=10000`)).sort((a, b) => byName(a.name, b.name));
  byId('people-empty').hidden = people.length > 0;
  byId('download-person').disabled = people.length === 0;
  if (people.length === 0) {
    fill(byId('person'));
    return;
  }
  const id = people.some((p) => p.id === personId) ? personId : people[0].id;
  fill(byId('person'), people.map((p) => h('option', { value: p.id, selected: p.id === id }, p.name)));
  const [view, history] = await Promise.all([json(`${ctx.base}/people/${id}/assignments`),
    json(`${ctx.base}/history?personId=${id}&size=50`)]);
  render(view, history);
}

function wireOnce() {
  if (wired) {
    return;
  }
  wired = true;
  byId('person').addEventListener('change', (event) => {
    location.hash = `#/people/${event.target.value}`;
  });
  byId('download-person').addEventListener('click', () => {
    download(`${ctx.base}/people/${byId('person').value}/raci.xlsx`).then((name) => ctx.say(`Downloaded ${name}`), ctx.fail);
  });
}

function render(view, history) {
  const { person } = view;
  fill(byId('people-heading'), `People: ${person.name}`);
  const percent = view.loadPercent === null ? 'no capacity' : `${view.loadPercent} % of ${view.capacityHours} h`;
  fill(byId('person-summary'), `${person.email}${person.title ? ` · ${person.title}` : ''} · estimated load ${view.loadHours} h a week`
    + ` (${percent}) · on ${view.initiatives.length} initiative${view.initiatives.length === 1 ? '' : 's'}`);
  fill(byId('person-initiatives'), view.initiatives.length === 0
    ? h('p', {}, 'No roles and no letters on any initiative.')
    : view.initiatives.map(initiative));
  fill(byId('person-warnings-heading'), `Warnings (${view.warnings.length})`);
  fill(byId('person-warnings'), view.warnings.length === 0
    ? h('li', {}, 'None: every rule holds for this person.')
    : view.warnings.map((w) => h('li', { class: `sev-${w.severity}` },
      h('span', { class: 'badge' }, w.severity), ' ', h('code', {}, w.code), ' ', w.message)));
  fill(byId('person-history'), history.length === 0 ? h('li', {}, 'Nothing recorded yet.') : history.map(entry));
}

function initiative(on) {
  return h('section', { class: 'held', 'aria-label': on.name },
    h('h3', {}, h('a', { href: `#/matrix/${on.id}` }, on.name), ' ',
      h('span', { class: 'count' }, `${on.kind.toLowerCase()} · ${on.roles.length ? on.roles.join(', ') : 'no role'} · ${on.loadHours} h a week`)),
    on.cells.length === 0 && on.relayHours === 0 ? h('p', { class: 'hint' }, 'Staffed, without letters.') : h('table', { class: 'held-cells' },
      h('thead', {}, h('tr', {}, ['Responsibility', 'Letters', 'Effort h', 'Hours'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {},
        on.cells.map((c) => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `#/matrix/${on.id}?row=${encodeURIComponent(c.responsibility)}` }, c.name)),
          h('td', { class: `letter L-${c.letters}`, title: c.source === 'ROLE' ? 'from a role (template)' : 'set by hand' }, c.letters),
          h('td', { class: 'number' }, c.effortHours), h('td', { class: 'number' }, c.hours))),
        on.relayHours > 0 && h('tr', {}, h('th', { scope: 'row' }, 'Keeping in sync those who communicate via them'),
          h('td', {}), h('td', {}), h('td', { class: 'number' }, on.relayHours)))));
}

function entry(e) {
  const initiative = ctx.initiatives.find((i) => i.id === e.initiativeId);
  const where = initiative ? ` on ${initiative.name}` : e.initiativeId ? ` on initiative ${e.initiativeId}` : '';
  const cell = e.action.startsWith('cell.')
    ? `${(e.after ?? e.before).responsibility}: ${e.before?.letters ?? 'empty'} → ${e.after?.letters ?? 'empty'}, ${ACTIONS[e.action] ?? e.action}`
    : e.action;
  return h('li', {}, h('time', { datetime: e.at }, new Date(e.at).toLocaleString()), ' ', h('strong', {}, e.actor), ' ', cell, where);
}
