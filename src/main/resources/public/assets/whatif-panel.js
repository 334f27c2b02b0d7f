// The what-if panel: the changes, staffing and capacity edits, the warnings that would go and come,
// the load before and after, and the saved scenarios. The matrix above shows the letters as they would be.
import { download, json } from './api.js';
import { byId, byName, fill, h } from './dom.js';
import { whatIf } from './whatif.js';

const data = { ctx: null, initiative: null, reload: null, people: new Map(), staffing: [], roles: [], scenarios: [], drawn: null };
let wired = false;

/**
 * Shows the panel for the initiative the matrix shows, or hides it outside what-if mode;
 * {@code reload} reloads the matrix once a scenario is applied.
 */
export async function showWhatIfPanel(ctx, initiative, reload) {
  data.ctx = ctx;
  data.reload = reload;
  wireOnce();
  byId('what-if-toggle').setAttribute('aria-pressed', String(whatIf.active));
  for (const id of ['what-if-bar', 'what-if']) {
    byId(id).hidden = !whatIf.active;
  }
  if (!whatIf.active) {
    return;
  }
  const template = initiative.template ? json(`/templates/${initiative.template}`) : Promise.resolve({ roles: [] });
  const [people, staffing, chosen, scenarios] = await Promise.all([json(`${ctx.base}/people?size=10000`),
    json(`${ctx.base}/initiatives/${initiative.id}/staffing`), template, whatIf.scenarios()]);
  Object.assign(data, { initiative, people: new Map(people.map((p) => [p.id, p])), staffing, roles: chosen.roles, scenarios });
  render();
}

/** A person's name as changes and the matrix show it; one the changes add by the name they give. */
export function personName(id) {
  if (typeof id === 'string' || id < 0) {
    const ref = typeof id === 'string' ? id : whatIf.result?.workload.find((l) => l.person === id)?.ref;
    return whatIf.changes.find((c) => c.type === 'addPerson' && c.ref === ref)?.name ?? ref ?? `person ${id}`;
  }
  return data.people.get(id)?.name ?? `person ${id}`;
}

function wireOnce() {
  if (wired) {
    return;
  }
  wired = true;
  whatIf.onChange(() => whatIf.active && data.initiative && render());
  byId('what-if-save').addEventListener('submit', (event) => {
    event.preventDefault();
    act(async () => {
      await whatIf.save(byId('what-if-name').value.trim());
      data.scenarios = await whatIf.scenarios();
      data.ctx.say(`Saved scenario ${whatIf.scenario.name}.`);
      render();
    });
  });
  byId('what-if-apply').addEventListener('click', () => apply(false));
  byId('what-if-force').addEventListener('click', () => apply(true));
  byId('what-if-discard').addEventListener('click', () => {
    whatIf.discard();
    byId('what-if-name').value = '';
    data.ctx.say('Discarded the what-if changes.');
  });
}

async function apply(force) {
  await act(async () => {
    const applied = await whatIf.apply(force);
    if (applied) {
      byId('what-if-name').value = '';
      await data.reload();
      await showWhatIfPanel(data.ctx, data.initiative, data.reload);
      data.ctx.say(`Applied: the team is at version ${applied.version}; ${applied.result.errors.after} errors.`);
    }
  });
}

async function act(work) {
  try {
    await work();
  } catch (error) {
    data.ctx.fail(error);
  }
}

function render() {
  const { result, scenario, problem, conflict, changes } = whatIf;
  const errors = result && !whatIf.pending ? `errors ${result.errors.before} → ${result.errors.after}` : 'evaluating …';
  fill(byId('what-if-summary'), `${changes.length} change${changes.length === 1 ? '' : 's'} · ${errors}`,
    scenario && [' · ', h('strong', {}, scenario.name)],
    scenario?.stale && !scenario.applied && [' ', h('span', { class: 'badge stale', title: 'The team changed since this scenario was'
      + ' saved; what you see is against the team as it is now.' }, 'stale')]);
  if (scenario && !byId('what-if-name').value) {
    byId('what-if-name').value = scenario.name;
  }
  const canEdit = data.ctx.canEdit;
  byId('what-if-save').hidden = !canEdit;
  byId('what-if-apply').hidden = !canEdit || !scenario || scenario.applied;
  byId('what-if-viewer').hidden = canEdit;
  showProblem(conflict ?? problem, Boolean(conflict));
  fill(byId('what-if-changes'), changes.length === 0
    ? h('li', { class: 'hint' }, 'No changes yet: pick letters in the matrix, or change the staffing and capacity here.')
    : changes.map((c, i) => h('li', {}, describe(c), ' ', h('button', {
      type: 'button', class: 'link', 'aria-label': `Remove: ${describe(c)}`, onclick: () => whatIf.remove(i),
    }, 'Remove'))));
  staffingForm();
  warningLists(result);
  loadBars(result);
  scenarioList();
}

function showProblem(error, isConflict) {
  byId('what-if-problem').hidden = !error;
  byId('what-if-force').hidden = !isConflict;
  if (error) {
    fill(byId('what-if-problem-text'), error.message,
      h('ul', {}, error.errors.map((e) => h('li', {}, `${e.cell ?? e.field}: ${e.message}`))));
  }
}

function describe(c) {
  const on = data.ctx.initiatives.find((i) => i.id === c.initiativeId)?.name;
  switch (c.type) {
    case 'setCell': return `${on} › ${c.responsibility}: ${personName(c.person)} ${c.letters ? `takes ${c.letters}` : 'cleared'}`;
    case 'moveCell': return `${on} › ${c.responsibility}: from ${personName(c.from)} to ${personName(c.to)}`;
    case 'staff': return `${on}: ${personName(c.person)} staffed as ${c.role}`;
    case 'unstaff': return `${on}: ${personName(c.person)} no longer ${c.role}`;
    case 'setCapacity': return `${personName(c.person)}: capacity ${c.capacityHours} h`;
    case 'setAvailability': return `${personName(c.person)}: ${c.capacityHours} h a week, ${c.from} – ${c.to}${c.note ? ` (${c.note})` : ''}`;
    case 'setCommunicatesVia': return `${on}: ${personName(c.person)} synced ${c.via == null ? 'directly' : `via ${personName(c.via)}`}`;
    default: return `${c.type} ${c.ref ?? ''}`;
  }
}

/** The initiative's staffing as the changes leave it: the team's, less what they unstaff, plus what they staff. */
function staffingAfter() {
  const id = data.initiative.id;
  let entries = data.staffing.map((s) => ({ role: s.role, person: s.person }));
  for (const c of whatIf.changes.filter((x) => x.initiativeId === id)) {
    if (c.type === 'staff') {
      entries.push({ role: c.role, person: c.person });
    } else if (c.type === 'unstaff') {
      entries = entries.filter((e) => !(e.role === c.role && e.person === c.person));
    }
  }
  return entries;
}

/** Drawn again only when the changes or the initiative change, not when a result arrives: a choice half made stays. */
function staffingForm() {
  const id = data.initiative.id;
  const drawn = JSON.stringify([id, whatIf.changes, data.staffing]);
  if (drawn === data.drawn) {
    return;
  }
  data.drawn = drawn;
  const everyone = [...data.people.values()].sort((a, b) => byName(a.name, b.name));
  const options = (chosen) => everyone.map((p) => h('option', { value: p.id, selected: p.id === chosen }, p.name));
  const entries = staffingAfter().filter((e) => e.role !== 'delivery-team');
  fill(byId('what-if-staffing'),
    h('p', { class: 'hint' }, `On ${data.initiative.name} (the delivery team is left out here):`),
    h('ul', { class: 'compact-warnings' }, entries.map((e) => h('li', {}, `${personName(e.person)} — ${e.role} `,
      h('button', { type: 'button', class: 'link', onclick: () => whatIf.add({ type: 'unstaff', initiativeId: id, role: e.role, person: e.person }) },
        'Unstaff')))),
    form('Staff', [h('select', { name: 'person', 'aria-label': 'Person to staff' }, options()),
      h('select', { name: 'role', 'aria-label': 'Role' }, data.roles.map((r) => h('option', { value: r.key }, r.name)))],
    (f) => ({ type: 'staff', initiativeId: id, role: f.role.value, person: Number(f.person.value) })),
    form('Set capacity', [h('select', { name: 'person', 'aria-label': 'Person whose capacity changes' }, options()),
      h('input', { name: 'hours', type: 'number', min: 0, max: 168, step: 0.5, value: 40, 'aria-label': 'Hours a week' })],
    (f) => ({ type: 'setCapacity', person: Number(f.person.value), capacityHours: Number(f.hours.value) })));
}

function form(label, fields, change) {
  return h('form', { class: 'row what-if-form', onsubmit: (event) => {
    event.preventDefault();
    whatIf.add(change(event.target.elements));
  } }, fields, h('button', { type: 'submit' }, label));
}

function warningLists(result) {
  const w = result?.warnings;
  const item = (warning, extra) => h('li', { class: `sev-${warning.severity}` },
    h('span', { class: 'badge' }, warning.severity), ' ', h('code', {}, warning.code), ' ', extra ?? warning.message);
  fill(byId('what-if-warnings'), !w ? h('p', { class: 'hint' }, 'Evaluating …') : [
    h('h5', {}, `Would go (${w.resolved.length})`),
    h('ul', { class: 'compact-warnings', id: 'what-if-resolved' }, w.resolved.map((x) => item(x))),
    h('h5', {}, `Would come (${w.introduced.length})`),
    h('ul', { class: 'compact-warnings', id: 'what-if-introduced' }, w.introduced.map((x) => item(x))),
    h('h5', {}, `Would change (${w.changed.length})`),
    h('ul', { class: 'compact-warnings', id: 'what-if-changed' }, w.changed.map((c) => item(c.after,
      `${c.before.severity === c.after.severity ? '' : `was ${c.before.severity}: `}${c.after.message}`))),
    h('p', { class: 'count' }, `${w.unchanged} stay as they are.`)]);
}

function level(percent) {
  const { capacityWarnPercent: warn, capacityErrorPercent: error } = data.ctx.team.settings;
  return percent == null || percent > error ? 'error' : percent > warn ? 'warn' : 'ok';
}

/** Two bars a person, before and after, on one scale; the 100 % line is marked. */
function loadBars(result) {
  const rows = result?.workload ?? [];
  const top = Math.max(150, ...rows.flatMap((l) => [l.before?.loadPercent ?? 0, l.after.loadPercent ?? 0]));
  const bar = (load, when) => h('span', { class: `load-bar ${when} bar-${when === 'before' ? 'before' : level(load?.loadPercent)}`,
    style: `width: ${Math.min(100, ((load?.loadPercent ?? 0) / top) * 100)}%` });
  const shown = (load) => (load ? `${load.loadPercent ?? '–'} % (${load.loadHours} h)` : 'new');
  fill(byId('what-if-load'), rows.length === 0 ? h('p', { class: 'hint' }, 'Nobody\'s load changes.')
    : h('ul', { class: 'load-list', style: `--line-100: ${(100 / top) * 100}%` }, rows.map((l) => h('li', {
      'data-person': l.person, 'aria-label': `${l.name}: ${shown(l.before)} before, ${shown(l.after)} after`,
    }, h('span', { class: 'load-name' }, l.name),
    h('span', { class: 'load-bars', 'aria-hidden': 'true' }, bar(l.before, 'before'), bar(l.after, 'after')),
    h('span', { class: 'load-value' }, `${shown(l.before)} → ${shown(l.after)}`)))));
}

function scenarioList() {
  fill(byId('what-if-scenarios'), data.scenarios.length === 0 ? h('li', { class: 'hint' }, 'None saved yet.')
    : data.scenarios.map((s) => h('li', { 'data-scenario': s.id },
      h('strong', {}, s.name), ` · ${s.changeCount} changes · by ${s.createdBy} `,
      s.applied ? h('span', { class: 'badge applied' }, 'applied') : s.stale && h('span', { class: 'badge stale' }, 'stale'), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => act(() => whatIf.open(s.id)) }, 'Open'), ' ',
      !s.applied && h('button', { type: 'button', class: 'link', onclick: () => act(async () => data.ctx.say(
        `Downloaded ${await download(`${data.ctx.base}/scenarios/${s.id}/raci.xlsx`)}`)) }, 'Workbook'), ' ',
      data.ctx.canEdit && h('button', { type: 'button', class: 'link', onclick: () => act(async () => {
        await whatIf.deleteScenario(s.id);
        data.scenarios = await whatIf.scenarios();
        render();
      }) }, 'Delete'))));
}
