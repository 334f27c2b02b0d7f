// What-if mode: edits go into a list of changes instead of the team, and the service says, live,
// what they would change (POST …/what-if). The list can be kept as a scenario, opened again, applied.
import { ApiError, json } from './api.js';

/**
 * The order changes are sent in: people first, then staffing, then cells. Staffing derives the
 * template's letters anew, so cells set by hand go last and stay, as the manager sees them.
 */
const GROUP = { addPerson: 0, setCapacity: 0, setAvailability: 0, staff: 1, unstaff: 1, setCommunicatesVia: 1, setCell: 2, moveCell: 2 };
const PREVIEW_DELAY_MS = 200;

const state = {
  ctx: null,
  active: false,
  changes: [],
  result: null,
  scenario: null,
  problem: null,
  conflict: null,
  pending: false,
  sent: 0,
  timer: null,
  listeners: [],
};

function notify() {
  for (const listener of state.listeners) {
    listener();
  }
}

function sameCell(a, b) {
  return a.type === 'setCell' && a.initiativeId === b.initiativeId && a.responsibility === b.responsibility
    && a.person === b.person;
}

/** Puts the change at the end of its group, so the list is always in the order it is sent. */
function insert(change) {
  const at = state.changes.findIndex((c) => GROUP[c.type] > GROUP[change.type]);
  state.changes.splice(at < 0 ? state.changes.length : at, 0, change);
}

function changed() {
  state.conflict = null;
  state.pending = true;
  clearTimeout(state.timer);
  state.timer = setTimeout(preview, PREVIEW_DELAY_MS);
  notify();
}

/** Only the answer to the latest list counts: an earlier one arriving late is dropped. */
async function preview() {
  const sent = ++state.sent;
  try {
    const result = await json(`${state.ctx.base}/what-if`, { method: 'POST', body: { changes: state.changes } });
    if (sent === state.sent) {
      state.result = result;
      state.problem = null;
      state.pending = false;
    }
  } catch (error) {
    if (sent !== state.sent) {
      return;
    }
    state.pending = false;
    if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401) {
      state.ctx.fail(error);
    }
    state.problem = error;
  }
  notify();
}

export const whatIf = {
  get active() { return state.active; },
  get changes() { return state.changes; },
  get result() { return state.result; },
  get scenario() { return state.scenario; },
  get problem() { return state.problem; },
  get conflict() { return state.conflict; },
  /** Whether the changes changed since the result was evaluated. */
  get pending() { return state.pending; },

  onChange(listener) {
    state.listeners.push(listener);
  },

  start(ctx) {
    state.ctx = ctx;
    state.active = true;
    changed();
  },

  /** Starts what-if mode on these changes, in their order: a suggestion's, which the search tried in that order. */
  load(ctx, changes) {
    state.changes = [...changes];
    state.scenario = null;
    this.start(ctx);
  },

  /** Starts what-if mode on a saved scenario, as the service evaluated it against the team as it is now. */
  async startOn(ctx, id) {
    state.ctx = ctx;
    await this.open(id);
    state.active = true;
    notify();
  },

  /** Leaves what-if mode; the changes stay, to come back to. */
  stop() {
    state.active = false;
    notify();
  },

  /** A cell set in the matrix: replaces an earlier edit of it, and back to the team's letters it is no edit. */
  setCell(initiativeId, responsibility, person, letters, teamLetters) {
    const change = { type: 'setCell', initiativeId, responsibility, person, letters };
    state.changes = state.changes.filter((c) => !sameCell(c, change));
    if (letters !== teamLetters) {
      insert(change);
    }
    changed();
  },

  add(change) {
    insert(change);
    changed();
  },

  remove(index) {
    state.changes.splice(index, 1);
    changed();
  },

  discard() {
    state.changes = [];
    state.scenario = null;
    changed();
  },

  /** The cells the changes change on one initiative: "key|person" → {before, after}. */
  cells(initiativeId) {
    const cells = new Map();
    for (const c of state.result?.cells ?? []) {
      if (c.initiativeId === initiativeId) {
        cells.set(`${c.responsibility}|${c.person}`, c);
      }
    }
    return cells;
  },

  /**
   * The matrix as the changes would leave it: its letters ("key|person" → letters), the people the
   * changes put on it who are not on it yet, and the cells that change.
   */
  overlay(matrix, letters, nameOf) {
    const cells = this.cells(matrix.initiative.id);
    const shown = new Map(letters);
    const known = new Set(matrix.people.map((p) => p.id));
    const added = [];
    for (const [key, c] of cells) {
      if (c.after) {
        shown.set(key, c.after);
      } else {
        shown.delete(key);
      }
      if (!known.has(c.person)) {
        known.add(c.person);
        added.push({ id: c.person, name: nameOf(c.person), email: '', roles: [], added: true });
      }
    }
    return { letters: shown, people: [...matrix.people, ...added], cells };
  },

  /** The team's warnings as the changes would leave them: less those that go, with those that come or change. */
  warningsAfter(warnings) {
    const w = state.result?.warnings;
    if (!w) {
      return warnings;
    }
    const gone = new Set([...w.resolved, ...w.changed.map((c) => c.before)].map((x) => x.id));
    return [...warnings.filter((x) => !gone.has(x.id)), ...w.changed.map((c) => c.after), ...w.introduced];
  },

  scenarios() {
    return json(`${state.ctx.base}/scenarios`);
  },

  /** Saves the changes: a new scenario, or the one opened (its base moves to the team as it is now). */
  async save(name) {
    const base = `${state.ctx.base}/scenarios`;
    state.scenario = state.scenario && !state.scenario.applied
      ? await json(`${base}/${state.scenario.id}`, { method: 'PATCH', body: { name, changes: state.changes } })
      : await json(base, { method: 'POST', body: { name, changes: state.changes } });
    state.result = state.scenario.result;
    state.pending = false;
    notify();
  },

  async open(id) {
    const scenario = await json(`${state.ctx.base}/scenarios/${id}`);
    state.scenario = scenario;
    state.changes = [...scenario.changes];
    state.result = scenario.result;
    state.problem = scenario.problems ? new ApiError(409, 'The team changed so that this scenario no longer fits it.',
      scenario.problems) : null;
    state.conflict = null;
    state.pending = false;
    notify();
  },

  async deleteScenario(id) {
    await json(`${state.ctx.base}/scenarios/${id}`, { method: 'DELETE' });
    if (state.scenario?.id === id) {
      state.scenario = null;
    }
    notify();
  },

  /** Applies the saved scenario; cells someone else changed since are a conflict to show, unless forced. */
  async apply(force) {
    try {
      const applied = await json(`${state.ctx.base}/scenarios/${state.scenario.id}/apply?force=${force}`, { method: 'POST' });
      state.changes = [];
      state.scenario = null;
      state.result = null;
      state.conflict = null;
      state.active = false;
      notify();
      return applied;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.errors.some((e) => e.cell)) {
        state.conflict = error;
        notify();
        return null;
      }
      throw error;
    }
  },
};
