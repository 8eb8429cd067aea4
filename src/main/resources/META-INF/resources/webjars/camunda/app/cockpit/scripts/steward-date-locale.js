/*
 * Steward: keep dates in the language of the labels.
 *
 * The webapp loads the locale file of the browser language and the one of the fallback language (en) in
 * parallel, and each file that arrives switches moment's global locale to itself. When en.json happens to
 * arrive last, the labels are Chinese but dates read "in 3 days". After every locale load this switches
 * moment (through angular-moment, so displayed dates refresh) back to the language in use.
 * Loaded through customScripts in config.js; it exports no plugin.
 */
const MAX_ATTEMPTS = 200;

function alignDatesWithLabels(attempt) {
  const angular = window.angular;
  const injector = angular && (angular.element(document.body).injector() ||
    angular.element(document.documentElement).injector());
  if (!injector) {
    if (attempt < MAX_ATTEMPTS) {
      setTimeout(() => alignDatesWithLabels(attempt + 1), 50);
    }
    return;
  }
  // Tasklist and Admin format dates through angular-moment; Cockpit has no such service and nothing to align
  if (!injector.has('moment') || !injector.has('amMoment')) {
    return;
  }
  const $translate = injector.get('$translate');
  const $rootScope = injector.get('$rootScope');
  const moment = injector.get('moment');
  const amMoment = injector.get('amMoment');

  const align = () => {
    const language = $translate.use() || $translate.proposedLanguage();
    if (language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
      amMoment.changeLocale(language);
    }
  };
  $rootScope.$on('$translateLoadingSuccess', () => setTimeout(align));
  $rootScope.$on('$translateChangeSuccess', () => setTimeout(align));
  align();
}

alignDatesWithLabels(0);
