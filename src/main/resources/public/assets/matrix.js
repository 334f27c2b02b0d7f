// The matrix view: responsibilities down, people across, one coloured letter a cell.
// EDITOR and ADMIN tokens edit: a click or Enter opens a picker, R/A/C/I set, Delete clears.
import { call, download, json } from './api.js';
import { byId, fill, h } from './dom.js';
import { changeOf, inThePast, loadChanges, matrixPath, readPast } from './past.js';

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
  picking: null,
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
      openPicker(button);
    }
  });
  table.addEventListener('keydown', onCellKey);
  wirePicker();
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
  fill(byId('matrix-help'), inThePast() ? 'A matrix of the past cannot be changed: choose “Now” to edit.' : ctx.canEdit
    ? 'Click a cell or press Enter on it to pick R, A, RA, C or I. Move with the arrow keys; type R, A, C or I to set a letter, Delete to clear it.'
    : `Your token (${ctx.me.role}) may read this matrix but not change it.`);
  const letters = new Map(matrix.cells.map((c) => [`${c.responsibility}|${c.person}`, c.letters]));
  const broken = inThePast() ? new Map() : brokenRows();
  fill(byId('matrix'),
    h('caption', { class: 'visually-hidden' }, `RACI matrix of ${matrix.initiative.name}: responsibilities down, people across`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'corner' }, 'Responsibility'),
      matrix.people.map(personHeader))),
    h('tbody', {}, matrix.responsibilities.map((r, row) => rowElement(r, row, letters, broken))));
  renderWarnings();
  if (focused) {
    cellButton(state.active.row, state.active.col)?.focus();
  }
}

function personHeader(person) {
  const roles = person.roles?.length ? ` — ${person.roles.join(', ')}` : '';
  return h('th', { scope: 'col', class: 'person', title: `${person.name} <${person.email}>${roles}` },
    h('a', { href: `#/people/${person.id}` }, person.name));
}

/** Messages of the warnings that concern a row, by responsibility key. */
function brokenRows() {
  const rows = new Map();
  for (const w of state.warnings) {
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
    state.matrix.people.map((person, col) =>
      cell(responsibility, person, letters.get(`${responsibility.key}|${person.id}`) ?? '', row, col)));
}

function cell(responsibility, person, value, row, col) {
  const changed = changeOf(responsibility.key, person.id);
  const colour = (value ? `letter L-${value}` : 'letter') + (changed ? ' changed' : '');
  if (!state.ctx.canEdit || inThePast()) {
    return h('td', { class: colour, title: changed }, value);
  }
  const active = state.active.row === row && state.active.col === col;
  return h('td', {}, h('button', {
    type: 'button', class: colour, tabindex: active ? '0' : '-1', 'data-row': row, 'data-col': col,
    'aria-haspopup': 'menu', 'aria-label': `${responsibility.name}, ${person.name}: ${value || 'empty'}`, title: changed,
  }, value));
}

function renderWarnings() {
  const { warnings, matrix } = state;
  fill(byId('matrix-warnings-heading'), `Warnings on this initiative (${warnings.length})`);
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
    moveTo(row, event.key === 'Home' ? 0 : state.matrix.people.length - 1);
  }
}

function moveTo(row, col) {
  const target = cellButton(
    Math.max(0, Math.min(row, state.matrix.responsibilities.length - 1)),
    Math.max(0, Math.min(col, state.matrix.people.length - 1)));
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
  const person = matrix.people[col];
  state.active = { row, col };
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

function wirePicker() {
  const picker = byId('picker');
  picker.addEventListener('click', (event) => {
    const choice = event.target.closest('button[data-letters]');
    if (choice && state.picking) {
      const { row, col } = state.picking;
      closePicker(true);
      edit(row, col, choice.dataset.letters);
    }
  });
  picker.addEventListener('keydown', (event) => {
    const items = [...picker.querySelectorAll('button')];
    const at = items.indexOf(document.activeElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      closePicker(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
      event.preventDefault();
      items[(at + 1) % items.length].focus();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
      event.preventDefault();
      items[(at - 1 + items.length) % items.length].focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (state.picking && !picker.contains(event.target) && !event.target.closest('#matrix button')) {
      closePicker(false);
    }
  });
}

function openPicker(button) {
  const picker = byId('picker');
  const row = Number(button.dataset.row);
  const col = Number(button.dataset.col);
  moveTo(row, col);
  state.picking = { row, col };
  const current = button.textContent;
  for (const item of picker.querySelectorAll('button')) {
    item.classList.toggle('current', item.dataset.letters === current);
  }
  picker.hidden = false;
  const cellBox = button.getBoundingClientRect();
  const left = Math.min(cellBox.left, document.documentElement.clientWidth - picker.offsetWidth - 8);
  picker.style.left = `${Math.max(8, left) + window.scrollX}px`;
  picker.style.top = `${cellBox.bottom + window.scrollY + 4}px`;
  (picker.querySelector('button.current') ?? picker.querySelector('button')).focus();
}

function closePicker(returnFocus) {
  const picking = state.picking;
  byId('picker').hidden = true;
  state.picking = null;
  if (returnFocus && picking) {
    cellButton(picking.row, picking.col)?.focus();
  }
}
