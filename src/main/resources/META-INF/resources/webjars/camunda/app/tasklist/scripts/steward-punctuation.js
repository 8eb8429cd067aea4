/*
 * Steward: Chinese punctuation and names where Tasklist's own templates write them the Western way.
 *
 * The templates put an ASCII colon after a label ("{{ info.label }}:" on a task card, "失败:" in an alert) and join a
 * person's given and family names with a space ("陈 建国"). Steward's locale cannot reach either, so this script
 * rewrites those text nodes as they appear: a colon after Chinese becomes "：", and a space between the two parts of a
 * Chinese name goes. The comma between a task's dates is a style, changed in styles/user-styles.css.
 * Loaded through customScripts in config.js; it exports no plugin.
 */
const CHINESE = '[\\u3400-\\u9fff\\uf900-\\ufaff（）]';
const COLON_AFTER_CHINESE = new RegExp(`(${CHINESE})\\s*:(\\s*)$`);
const SPACED_NAME = new RegExp(`^(\\s*${CHINESE}{1,2}) (${CHINESE}{1,3}\\s*)$`);

const REWRITES = [
  ['.variable-label, strong.status, h4', (text) => text.replace(COLON_AFTER_CHINESE, '$1：$2')],
  ['.assignee, [cam-widget-header] a, [cam-widget-header] span', (text) => text.replace(SPACED_NAME, '$1$2')]
];

function rewrite(selector, change) {
  document.querySelectorAll(selector).forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const changed = change(node.data);
        if (changed !== node.data) {
          node.data = changed;
        }
      }
    });
  });
}

function tidy() {
  REWRITES.forEach(([selector, change]) => rewrite(selector, change));
}

// characterData too: Angular writes a changed value into the same text node
new MutationObserver(tidy).observe(document.documentElement, { childList: true, characterData: true, subtree: true });
tidy();
