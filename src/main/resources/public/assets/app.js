// The review page: sign-in, the header, and the hash routes #/matrix/{id}, #/warnings, #/workload.
import { ApiError, download, json, onBusy, session } from './api.js';
import { byId, fill } from './dom.js';
import { showMatrix } from './matrix.js';
import { showPeople } from './people.js';
import { showWarnings } from './warnings.js';
import { showWorkload } from './workload.js';

const VIEWS = ['matrix', 'people', 'warnings', 'workload'];
const PANELS = ['sign-in', 'pick-team', ...VIEWS.map((v) => `view-${v}`)];
const MAY = {
  OPERATOR: 'operator: may do everything on every team',
  ADMIN: 'ADMIN: may read, change cells, and manage tokens and settings',
  EDITOR: 'EDITOR: may read and change cells',
  VIEWER: 'VIEWER: may read only',
};

let context = null;

/** What every view gets: the team, who is signed in, and the page's ways to report. */
function newContext(me, team, initiatives) {
  return {
    me,
    team,
    initiatives,
    base: `/teams/${team.id}`,
    canEdit: me.role !== 'VIEWER',
    say,
    fail,
  };
}

async function start() {
  wire();
  if (session.token) {
    await signIn(session.token);
  } else {
    showPanel('sign-in');
  }
}

function wire() {
  byId('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = byId('token').value.trim();
    byId('token').value = '';
    signIn(token);
  });
  byId('team-form').addEventListener('submit', (event) => {
    event.preventDefault();
    session.team = byId('team-id').value;
    openTeam(context.me, session.team);
  });
  byId('sign-out').addEventListener('click', () => signOut('Signed out.'));
  byId('change-team').addEventListener('click', () => {
    session.team = null;
    showTeamPicker();
  });
  byId('download-team').addEventListener('click', () => saveWorkbook(`${context.base}/raci.xlsx`));
  byId('alert-close').addEventListener('click', () => {
    byId('alert').hidden = true;
  });
  window.addEventListener('hashchange', route);
  onBusy((seconds) => {
    if (seconds === null) {
      hideAlert();
    } else {
      showAlert(`The service is busy, retrying in ${seconds} s …`);
      say(`Busy, retrying in ${seconds} s`);
    }
  });
}

async function signIn(token) {
  session.token = token;
  let me;
  try {
    me = await json('/me');
  } catch (error) {
    signOut(error.status === 401 ? 'That token was not recognised: it is mistyped or has been revoked.' : error.message);
    return;
  }
  context = { me };
  if (me.role !== 'OPERATOR') {
    await openTeam(me, me.teamId);
  } else if (session.team) {
    await openTeam(me, session.team);
  } else {
    showTeamPicker();
  }
}

function showTeamPicker() {
  showWho(context.me, null);
  byId('tabs').hidden = true;
  showPanel('pick-team');
  byId('team-id').focus();
}

async function openTeam(me, teamId) {
  try {
    const [team, initiatives] = await Promise.all([json(`/teams/${teamId}`), json(`/teams/${teamId}/initiatives`)]);
    context = newContext(me, team, initiatives);
  } catch (error) {
    if (me.role === 'OPERATOR' && error.status === 404) {
      session.team = null;
      showTeamPicker();
    }
    fail(error);
    return;
  }
  showWho(me, context.team);
  byId('tabs').hidden = false;
  hideAlert();
  if (!location.hash.startsWith('#/')) {
    history.replaceState(null, '', '#/matrix');
  }
  await route();
}

function signOut(message) {
  session.clear();
  context = null;
  byId('who').hidden = true;
  byId('tabs').hidden = true;
  history.replaceState(null, '', location.pathname);
  showPanel('sign-in');
  if (message) {
    showAlert(message);
  }
  byId('token').focus();
}

function showWho(me, team) {
  byId('who').hidden = false;
  fill(byId('who-team'), team ? `${team.name} (id ${team.id})` : 'none chosen');
  fill(byId('who-token'), me.tokenName);
  fill(byId('who-role'), MAY[me.role] ?? me.role);
  byId('change-team').hidden = me.role !== 'OPERATOR';
}

/** Shows the view the address names: #/matrix/12?row=budget, #/people/3, #/warnings?person=3, #/workload. */
async function route() {
  if (!context?.team) {
    return;
  }
  const [path, query] = location.hash.slice(2).split('?');
  const [view, id] = path.split('/');
  const params = new URLSearchParams(query ?? '');
  const name = VIEWS.includes(view) ? view : 'matrix';
  showPanel(`view-${name}`);
  for (const tab of document.querySelectorAll('#tabs a')) {
    tab.toggleAttribute('aria-current', false);
    if (tab.dataset.view === name) {
      tab.setAttribute('aria-current', 'page');
    }
  }
  try {
    if (name === 'matrix') {
      await showMatrix(context, id ? Number(id) : null, params.get('row'));
    } else if (name === 'people') {
      await showPeople(context, id ? Number(id) : null);
    } else if (name === 'warnings') {
      await showWarnings(context, params);
    } else {
      await showWorkload(context, params);
    }
  } catch (error) {
    fail(error);
  }
}

function showPanel(id) {
  for (const panel of PANELS) {
    byId(panel).hidden = panel !== id;
  }
}

async function saveWorkbook(path) {
  try {
    say(`Downloaded ${await download(path)}`);
  } catch (error) {
    fail(error);
  }
}

/** Tells screen readers (and tests) what just happened, without moving focus. */
function say(message) {
  fill(byId('status'), message);
}

/** Shows a refusal plainly; a token that stopped working signs the tab out. */
function fail(error) {
  if (error instanceof ApiError && error.status === 401) {
    signOut('The token is no longer accepted (revoked or mistyped). Sign in again.');
    return;
  }
  const prefix = error instanceof ApiError && error.status === 403 ? 'Not allowed: ' : '';
  showAlert(prefix + error.message);
}

function showAlert(message) {
  fill(byId('alert-text'), message);
  byId('alert').hidden = false;
}

function hideAlert() {
  byId('alert').hidden = true;
}

start();
