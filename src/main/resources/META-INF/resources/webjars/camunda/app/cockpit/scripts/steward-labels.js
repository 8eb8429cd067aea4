/*
 * Steward: Cockpit's variables in words a supervisor reads.
 *
 * Process variables hold codes (HAND_OVER, GREEN, land, power…). Beside each code it knows, this script writes its
 * Chinese word, from GET /api/dashboard/value-labels (the forms' options, the categories, the lights, the
 * departments), e.g. "HAND_OVER（交办部门）" or ["housing","power"]（住房和城乡建设局、供电局）. The value itself stays as
 * it is, so an administrator still edits the code. It also names the variables table's "Actions" column and its
 * "Download" link, which Camunda writes in English whatever the language, and writes the user's Chinese name in the
 * header as one word.
 * Loaded through customScripts in config.js; it exports no plugin.
 */
const LABELS_API = '/api/dashboard/value-labels';
const FIXED_TEXTS = [
  ['[cam-widget-variables-table] thead td.actions', 'Actions', '操作'],
  ['[cam-widget-variables-table] td.col-value a', 'Download', '下载']
];

const NO_LABELS = {byName: {}, departments: {}};
/* Camunda joins given and family name with a space ("陈 建国"); a Chinese name is written as one word. */
const SPACED_NAME = /^(\s*[\u3400-\u9fff]{1,2}) ([\u3400-\u9fff]{1,3}\s*)$/;

let labels = null;
let loading = false;

function wordsFor(name) {
  if (!labels) {
    return null;
  }
  return labels.byName[name] || (/department/i.test(name) ? labels.departments : null);
}

/** The words for a shown value: one code, or a JSON array of codes; null when not every code is known. */
function describe(name, shown) {
  const words = wordsFor(name);
  if (!words) {
    return null;
  }
  let codes = [shown];
  if (shown.startsWith('[')) {
    try {
      codes = JSON.parse(shown);
    } catch (e) {
      return null;
    }
  }
  if (!Array.isArray(codes) || codes.length === 0 || !codes.every(code => typeof code === 'string' && words[code])) {
    return null;
  }
  return codes.map(code => words[code]).join('、');
}

function labelValues() {
  document.querySelectorAll('[cam-widget-variables-table] tbody tr').forEach((row) => {
    const nameCell = row.querySelector('td.col-name');
    const wrapper = row.querySelector('td.col-value .value-wrapper');
    if (!nameCell || !wrapper || wrapper.querySelector('.steward-value-label')) {
      return;
    }
    const words = describe(nameCell.textContent.trim(), wrapper.textContent.trim());
    if (words) {
      const label = document.createElement('span');
      label.className = 'steward-value-label';
      label.textContent = '（' + words + '）';
      wrapper.append(label);
    }
  });
}

function fixTexts() {
  FIXED_TEXTS.forEach(([selector, english, chinese]) => {
    document.querySelectorAll(selector).forEach((element) => {
      element.childNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE && node.data.trim() === english) {
          node.data = chinese;
        }
      });
    });
  });
}

function joinNames() {
  document.querySelectorAll('[cam-widget-header] a').forEach((link) => {
    link.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && SPACED_NAME.test(node.data)) {
        node.data = node.data.replace(SPACED_NAME, '$1$2');
      }
    });
  });
}

function tidy() {
  fixTexts();
  joinNames();
  loadLabels();
  labelValues();
}

/** Asks for the words once, when a variables table first shows (the user is logged in by then); none on a refusal. */
function loadLabels() {
  if (labels || loading || !document.querySelector('[cam-widget-variables-table]')) {
    return;
  }
  loading = true;
  fetch(LABELS_API, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : NO_LABELS))
    .catch(() => NO_LABELS)
    .then((body) => {
      labels = body;
      tidy();
    });
}

new MutationObserver(tidy).observe(document.documentElement, {childList: true, subtree: true});
tidy();
