/*
 * Steward: Cockpit for reading, unless you administer.
 *
 * Supervisors watch cases in Cockpit. Changing an instance (suspend, cancel, modify, add or edit variables, retry a
 * job, batches, migrations, deployments) is for administrators, and the engine refuses it to everyone else. So that
 * nobody is offered a button that then fails, this script marks the page read-only for a user who may not open Admin,
 * and user-styles.css hides the controls that change something. The engine's authorizations stay the guard; this only
 * keeps the screen honest.
 * Loaded through customScripts in config.js; it exports no plugin.
 */
const MAX_ATTEMPTS = 200;

// read-only until the user is known to administer, so no changing control flashes up for a supervisor
document.documentElement.classList.add('steward-read-only');

function mark(authentication) {
  const administers = !!authentication && typeof authentication.canAccess === 'function'
    && authentication.canAccess('admin');
  document.documentElement.classList.toggle('steward-read-only', !administers);
}

function watchAuthentication(attempt) {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (!injector) {
    if (attempt < MAX_ATTEMPTS) {
      setTimeout(() => watchAuthentication(attempt + 1), 50);
    }
    return;
  }
  const $rootScope = injector.get('$rootScope');
  $rootScope.$on('authentication.changed', (event, authentication) => mark(authentication));
  mark($rootScope.authentication);
}

watchAuthentication(0);
