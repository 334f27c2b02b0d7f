// The matrix view: responsibilities down, people across, one coloured letter a cell.
// EDITOR and ADMIN tokens edit: a click or Enter opens a picker, R/A/C/I set, Delete clears.
import { call, download, json } from './api.js';
import { byId, fill, h } from './dom.js';
import { changeOf, inThePast, loadChanges, matrixPath, readPast } from './past.js';
import { openPicker as showPicker, wirePicker } from './picker.js';
import { personName, showWhatIfPanel } from './whatif-panel.js';
import { whatIf } from './whatif.js';

const LETTER_KEYS = { r: 'R', a: 'A', c: 'C', i: 'I' };
const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

const state = {
  ctx: null,
  matrix: null,
  etag: null,
  warnings: [],
  active: { row: 0, col: 0 },
  highlight: null,
  stale: false,
  // one write at a time: each needs the entity tag the previous one answered
  writes: Promise.resolve(),
};
let wired = false;

export async function showMatrix(ctx, initiativeId, highlight) {
  state.ctx = ctx;
  wireOnce();
  readPast(reload);
  const { initiatives } = ctx;
  byId('matrix-empty').hidden = initiatives.length > 0;
  byId('download-initiative').disabled = initiatives.length === 0;
  if (initiatives.length === 0) {
    fill(byId('matrix'));
    return;
  }
  const id = initiatives.some((i) => i.id === initiativeId) ? initiativeId : initiatives[0].id;
  fill(byId('initiative'), initiatives.map((i) =>
    h('option', { value: i.id, selected: i.id === id }, `${i.name} (${i.kind.toLowerCase()})`)));
  if (state.matrix?.initiative.id !== id) {
    state.active = { row: 0, col: 0 };
  }
  state.highlight = highlight;
  await load(id);
  render();
  if (highlight) {
    showRow(highlight);
  }
  await showWhatIfPanel(ctx, initiatives.find((i) => i.id === id), reload);
}

function wireOnce() {
  if (wired) {
    return;
  }
  wired = true;
  byId('initiative').addEventListener('change', (event) => {
    location.hash = `#/matrix/${event.target.value}`;
  });
  byId('download-initiative').addEventListener('click', () => {
    const id = state.matrix.initiative.id;
    download(`${state.ctx.base}/initiatives/${id}/raci.xlsx`).then((name) => state.ctx.say(`Downloaded ${name}`), state.ctx.fail);
  });
  byId('matrix-reload').addEventListener('click', reload);
  const table = byId('matrix');
  table.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-row]');
    if (button) {
      moveTo(Number(button.dataset.row), Number(button.dataset.col));
      showPicker(button);
    }
  });
  table.addEventListener('keydown', onCellKey);
  wirePicker((cell, letters) => edit(cell.row, cell.col, letters));
  byId('what-if-toggle').addEventListener('click', () => {
    if (whatIf.active) {
      whatIf.stop();
    } else {
      whatIf.start(state.ctx);
    }
    state.ctx.say(whatIf.active ? 'What-if mode: edits go into the changes, nothing is saved.' : 'Left what-if mode.');
    render();
    showWhatIfPanel(state.ctx, state.ctx.initiatives.find((i) => i.id === state.matrix.initiative.id), reload)
      .catch(state.ctx.fail);
  });
  whatIf.onChange(() => state.matrix && render());
}

async function load(id) {
  const base = `${state.ctx.base}/initiatives/${id}`;
  const [response, warnings] = await Promise.all([call(matrixPath(base)), json(`${state.ctx.base}/warnings?initiativeId=${id}`),
    loadChanges(base)]);
  state.etag = response.headers.get('ETag');
  state.matrix = await response.json();
  state.warnings = warnings;
  state.stale = false;
  byId('matrix-conflict').hidden = true;
}

async function reload() {
  try {
    await load(state.matrix.initiative.id);
    render();
    state.ctx.say('Reloaded the matrix.');
    cellButton(state.active.row, state.active.col)?.focus();
  } catch (error) {
    state.ctx.fail(error);
  }
}

function render() {
  const { matrix, ctx } = state;
  const focused = byId('matrix').contains(document.activeElement);
  fill(byId('matrix-heading'), `Matrix: ${matrix.initiative.name}`);
  const past = inThePast();
  fill(byId('matrix-help'), past ? 'A matrix of the past cannot be changed: choose “Now” to edit.' : whatIf.active
    ? 'What-if: your edits go into the changes below and nothing is saved; changed cells are outlined.'
    : ctx.canEdit
      ? 'Click a cell or press Enter on it to pick R, A, RA, C or I. Move with the arrow keys; type R, A, C or I to set a letter, Delete to clear it.'
      : `Your token (${ctx.me.role}) may read this matrix but not change it; in What-if mode it may try changes.`);
  const team = new Map(matrix.cells.map((c) => [`${c.responsibility}|${c.person}`, c.letters]));
  state.view = whatIf.active && !past ? whatIf.overlay(matrix, team, personName)
    : { letters: team, people: matrix.people, cells: new Map() };
  const broken = past ? new Map() : brokenRows();
  fill(byId('matrix'),
    h('caption', { class: 'visually-hidden' }, `RACI matrix of ${matrix.initiative.name}: responsibilities down, people across`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'corner' }, 'Responsibility'),
      state.view.people.map(personHeader))),
    h('tbody', {}, matrix.responsibilities.map((r, row) => rowElement(r, row, state.view.letters, broken))));
  renderWarnings();
  if (focused) {
    cellButton(state.active.row, state.active.col)?.focus();
  }
}

function personHeader(person) {
  const roles = person.roles?.length ? ` — ${person.roles.join(', ')}` : '';
  const title = person.added ? `${person.name}: on this matrix only through the what-if changes` : `${person.name} <${person.email}>${roles}`;
  return h('th', { scope: 'col', class: person.added ? 'person added' : 'person', title },
    person.id < 0 ? person.name : h('a', { href: `#/people/${person.id}` }, person.name));
}

/** The initiative's warnings, as the what-if changes would leave them in what-if mode. */
function shownWarnings() {
  return whatIf.active ? whatIf.warningsAfter(state.warnings).filter((w) => w.initiativeId === state.matrix.initiative.id)
    : state.warnings;
}

/** Messages of the warnings that concern a row, by responsibility key. */
function brokenRows() {
  const rows = new Map();
  for (const w of shownWarnings()) {
    if (w.responsibility && w.initiativeId === state.matrix.initiative.id) {
      rows.set(w.responsibility, [...(rows.get(w.responsibility) ?? []), w.message]);
    }
  }
  return rows;
}

function rowElement(responsibility, row, letters, broken) {
  const messages = broken.get(responsibility.key);
  const classes = [messages && 'broken', state.highlight === responsibility.key && 'highlight'].filter(Boolean);
  return h('tr', { id: `row-${responsibility.key}`, class: classes.join(' ') || null },
    h('th', { scope: 'row', tabindex: '-1', title: messages?.join('\n') },
      messages && h('span', { class: 'mark', 'aria-hidden': 'true' }, '⚠'),
      responsibility.name,
      messages && h('span', { class: 'visually-hidden' }, ` (breaks a rule: ${messages.join(' ')})`)),
    state.view.people.map((person, col) =>
      cell(responsibility, person, letters.get(`${responsibility.key}|${person.id}`) ?? '', row, col)));
}

function cell(responsibility, person, value, row, col) {
  const change = state.view.cells.get(`${responsibility.key}|${person.id}`);
  const changedThen = changeOf(responsibility.key, person.id);
  const colour = `${value ? `letter L-${value}` : 'letter'}${change || changedThen ? ' changed' : ''}`;
  const was = change ? ` (what-if: was ${change.before ?? 'empty'})` : '';
  const title = was || changedThen || null;
  if (inThePast() || !(state.ctx.canEdit || whatIf.active) || person.id < 0) {
    return h('td', { class: colour, title }, value);
  }
  const active = state.active.row === row && state.active.col === col;
  return h('td', {}, h('button', {
    type: 'button', class: colour, tabindex: active ? '0' : '-1', 'data-row': row, 'data-col': col, title,
    'aria-haspopup': 'menu', 'aria-label': `${responsibility.name}, ${person.name}: ${value || 'empty'}${was}`,
  }, value));
}

function renderWarnings() {
  const { matrix } = state;
  const warnings = shownWarnings();
  fill(byId('matrix-warnings-heading'), whatIf.active ? `Warnings on this initiative as the changes would leave them (${warnings.length})`
    : `Warnings on this initiative (${warnings.length})`);
  const rows = new Set(matrix.responsibilities.map((r) => r.key));
  fill(byId('matrix-warnings'), warnings.length === 0
    ? h('li', {}, 'None: every rule holds on this initiative.')
    : warnings.map((w) => h('li', { class: `sev-${w.severity}` },
      h('span', { class: 'badge' }, w.severity), ' ', h('code', {}, w.code), ' ', w.message,
      rows.has(w.responsibility) && [' ', h('button', {
        type: 'button', class: 'link', onclick: () => showRow(w.responsibility),
      }, 'Show the row')])));
}

/** Marks a row, scrolls it into view and puts focus on its name, as the warnings' links ask. */
function showRow(key) {
  state.highlight = key;
  history.replaceState(null, '', `#/matrix/${state.matrix.initiative.id}?row=${encodeURIComponent(key)}`);
  for (const marked of byId('matrix').querySelectorAll('tr.highlight')) {
    marked.classList.remove('highlight');
  }
  const row = byId(`row-${key}`);
  if (row) {
    row.classList.add('highlight');
    row.scrollIntoView({ block: 'center' });
    row.querySelector('th').focus();
  }
}

function onCellKey(event) {
  const button = event.target.closest('button[data-row]');
  if (!button || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const row = Number(button.dataset.row);
  const col = Number(button.dataset.col);
  const letter = LETTER_KEYS[event.key.toLowerCase()];
  if (letter || event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    edit(row, col, letter ?? '');
  } else if (MOVES[event.key]) {
    event.preventDefault();
    const [down, right] = MOVES[event.key];
    moveTo(row + down, col + right);
  } else if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    moveTo(row, event.key === 'Home' ? 0 : state.view.people.length - 1);
  }
}

function moveTo(row, col) {
  const target = cellButton(
    Math.max(0, Math.min(row, state.matrix.responsibilities.length - 1)),
    Math.max(0, Math.min(col, state.view.people.length - 1)));
  if (!target) {
    return;
  }
  cellButton(state.active.row, state.active.col)?.setAttribute('tabindex', '-1');
  target.setAttribute('tabindex', '0');
  state.active = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
  target.focus();
}

function cellButton(row, col) {
  return byId('matrix').querySelector(`button[data-row="${row}"][data-col="${col}"]`);
}

function lettersAt(key, personId) {
  return state.matrix.cells.find((c) => c.responsibility === key && c.person === personId)?.letters ?? '';
}

function edit(row, col, letters) {
  const matrix = state.matrix;
  const responsibility = matrix.responsibilities[row];
  const person = state.view.people[col];
  state.active = { row, col };
  if (whatIf.active) {
    whatIf.setCell(matrix.initiative.id, responsibility.key, person.id, letters, lettersAt(responsibility.key, person.id));
    state.ctx.say(`What-if: ${responsibility.name}, ${person.name}: ${letters || 'cleared'}.`);
    return;
  }
  if (state.stale) {
    byId('matrix-reload').focus();
    return;
  }
  state.writes = state.writes.then(() => write(matrix, responsibility, person, letters));
}

async function write(matrix, responsibility, person, letters) {
  if (state.matrix !== matrix || state.stale || lettersAt(responsibility.key, person.id) === letters) {
    return;
  }
  const { ctx } = state;
  const path = `${ctx.base}/initiatives/${matrix.initiative.id}/matrix/${encodeURIComponent(responsibility.key)}/${person.id}`;
  try {
    const response = letters
      ? await call(path, { method: 'PUT', body: { letters }, ifMatch: state.etag })
      : await call(path, { method: 'DELETE', ifMatch: state.etag });
    state.etag = response.headers.get('ETag');
    matrix.cells = matrix.cells.filter((c) => !(c.responsibility === responsibility.key && c.person === person.id));
    if (letters) {
      matrix.cells.push(await response.json());
    }
    state.warnings = await json(`${ctx.base}/warnings?initiativeId=${matrix.initiative.id}`);
    render();
    ctx.say(`${responsibility.name}, ${person.name}: ${letters || 'cleared'}. ${state.warnings.length} warnings on this initiative.`);
  } catch (error) {
    if (error.status === 412) {
      showConflict(error.message);
    } else {
      ctx.fail(error);
    }
  }
}

/** Someone else changed the matrix: the change is refused, and saying so beats retrying over their work. */
function showConflict(detail) {
  state.stale = true;
  fill(byId('matrix-conflict-text'), `Your change was not saved. ${detail}`);
  byId('matrix-conflict').hidden = false;
  byId('matrix-reload').focus();
}
