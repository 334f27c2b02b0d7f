// Fixes on the Warnings view: a warning's suggestions with what each would do, to preview in what-if
// mode or to apply (GET …/suggestions); and a fix plan for the whole team, opened as a scenario.
import { json } from './api.js';
import { h, fill } from './dom.js';
import { whatIf } from './whatif.js';

/**
 * The "Show fixes" button of a warning card and the list it fills; {@code reload} shows the
 * warnings again once a fix is applied.
 */
export function fixesOf(ctx, warning, reload) {
  const list = h('div', { class: 'fixes', hidden: true, 'aria-live': 'polite' });
  const toggle = h('button', { type: 'button', class: 'quiet show-fixes', 'aria-expanded': 'false', onclick: async () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    fill(toggle, open ? 'Hide fixes' : 'Show fixes');
    list.hidden = !open;
    if (open && !list.dataset.loaded) {
      await load(ctx, warning, list, reload);
    }
  } }, 'Show fixes');
  return [toggle, list];
}

async function load(ctx, warning, list, reload) {
  fill(list, h('p', { class: 'hint' }, 'Searching for changes that clear it …'));
  const query = new URLSearchParams({ code: warning.code });
  for (const [name, value] of [['personId', warning.personId], ['initiativeId', warning.initiativeId]]) {
    if (value != null) {
      query.set(name, value);
    }
  }
  try {
    const found = (await json(`${ctx.base}/suggestions?${query}`)).filter((s) => s.warning.id === warning.id);
    list.dataset.loaded = 'true';
    fill(list, found.length === 0
      ? h('p', { class: 'hint' }, 'No change found that clears it without an error elsewhere.')
      : h('ol', { class: 'fix-list' }, found.map((s) => suggestion(ctx, s, reload))));
  } catch (error) {
    fill(list, h('p', { class: 'hint' }, 'The search failed.'));
    ctx.fail(error);
  }
}

function suggestion(ctx, s, reload) {
  const { result } = s;
  const clears = result.warnings.resolved.some((w) => w.id === s.warning.id);
  const busier = result.workload.filter((l) => l.after.loadHours > (l.before?.loadHours ?? 0));
  return h('li', { class: 'fix' },
    h('p', { class: 'fix-title' }, s.title),
    h('p', { class: 'fix-effect' },
      `${clears ? 'Clears it' : 'Eases it'} · errors ${result.errors.before} → ${result.errors.after}`
      + ` · ${result.warnings.resolved.length} go, ${result.warnings.introduced.length} come`
      + ` · ${s.changes.length} change${s.changes.length === 1 ? '' : 's'}`),
    busier.length > 0 && h('p', { class: 'fix-busier' }, 'Busier: ', busier.map((l) => `${l.name} ${percent(l.before)} → ${percent(l.after)}`)
      .join(', ')),
    h('p', { class: 'links' },
      h('button', { type: 'button', class: 'link', onclick: () => preview(ctx, s) }, 'Preview'),
      ctx.canEdit && h('button', { type: 'button', class: 'link', onclick: () => apply(ctx, s, reload) }, 'Apply')));
}

function percent(load) {
  if (!load) {
    return 'new';
  }
  return load.loadPercent == null ? `${load.loadHours} h` : `${Math.round(load.loadPercent)} %`;
}

/** The suggestion's changes in what-if mode, on the matrix of the initiative it is about (or the first it changes). */
function preview(ctx, s) {
  whatIf.load(ctx, s.changes);
  ctx.say(`Previewing in what-if mode: ${s.title}`);
  location.hash = `#/matrix/${initiativeOf(ctx, s.warning.initiativeId, s.changes)}`
    + (s.warning.responsibility ? `?row=${encodeURIComponent(s.warning.responsibility)}` : '');
}

/** Saved as a scenario named after the warning, then applied: the team's history names it. */
async function apply(ctx, s, reload) {
  try {
    const name = `Fix: ${s.warning.code} — ${s.title}`.slice(0, 200);
    const scenario = await json(`${ctx.base}/scenarios`, { method: 'POST', body: { name, changes: s.changes } });
    const applied = await json(`${ctx.base}/scenarios/${scenario.id}/apply`, { method: 'POST' });
    ctx.say(`Applied: the team is at version ${applied.version}; ${applied.result.errors.after} errors.`);
    await reload();
  } catch (error) {
    ctx.fail(error);
  }
}

/** Builds a fix plan for the whole team and opens it, a saved scenario, in what-if mode. */
export async function fixPlan(ctx, button) {
  button.disabled = true;
  ctx.say('Building a fix plan …');
  try {
    const scenario = await json(`${ctx.base}/fix-plan`, { method: 'POST', body: {} });
    await whatIf.startOn(ctx, scenario.id);
    ctx.say(`Opened “${scenario.name}” in what-if mode.`);
    location.hash = `#/matrix/${initiativeOf(ctx, null, scenario.changes)}`;
  } catch (error) {
    ctx.fail(error);
  } finally {
    button.disabled = false;
  }
}

function initiativeOf(ctx, id, changes) {
  return id ?? changes.find((c) => c.initiativeId != null)?.initiativeId ?? ctx.initiatives[0]?.id ?? '';
}
