/*
 * Steward: Camunda Forms in Chinese where form-js itself speaks English.
 *
 * form-js builds its date picker with flatpickr's English names and a format taken from the browser's number
 * formatting, and writes English placeholders into its selects and tag lists. Nothing in the webapp's locale files
 * reaches them, so this script watches the task form as it renders and
 *  - gives every date picker Chinese month and weekday names, weeks starting on Monday, and the format yyyy-mm-dd
 *    (what Steward reads back, and how dates are written in Chinese offices);
 *  - replaces the English placeholders and the empty-list text;
 *  - says form-js's validation messages (required, lengths, ranges, patterns) in Chinese.
 * Loaded through customScripts in config.js; it exports no plugin.
 */
const CHINESE_CALENDAR = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时制',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  firstDayOfWeek: 1,
  ordinal: () => '',
  time_24hr: true
};

const PLACEHOLDERS = {
  Search: '搜索',
  Select: '请选择',
  'No results': '无匹配项'
};

/* form-js's validation messages, each a whole text node inside .fjs-form-field-error. */
const ERRORS = [
  [/^Field is required\.$/, () => '此项必填'],
  [/^Field must have minimum length of (\d+)\.$/, (match) => `至少 ${match[1]} 个字`],
  [/^Field must have maximum length of (\d+)\.$/, (match) => `最多 ${match[1]} 个字`],
  [/^Field must have minimum value of (-?[\d.]+)\.$/, (match) => `不能小于 ${match[1]}`],
  [/^Field must have maximum value of (-?[\d.]+)\.$/, (match) => `不能大于 ${match[1]}`],
  [/^Field must match pattern .*\.$/, () => '格式不正确'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码（含国家代码，如 +86）']
];

function localiseDatePicker(input) {
  const picker = input._flatpickr;
  if (!picker || input.dataset.stewardLocalised) {
    return;
  }
  input.dataset.stewardLocalised = 'true';
  picker.set('locale', CHINESE_CALENDAR);
  picker.set('dateFormat', 'Y-m-d');
  input.setAttribute('placeholder', 'yyyy-mm-dd');
}

function localisePlaceholders(root) {
  root.querySelectorAll('input[placeholder]').forEach((input) => {
    const chinese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (chinese) {
      input.setAttribute('placeholder', chinese);
    }
  });
  root.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty').forEach((element) => {
    const chinese = PLACEHOLDERS[element.textContent.trim()];
    if (chinese) {
      element.textContent = chinese;
    }
  });
}

function localiseErrors(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      ERRORS.forEach(([english, chinese]) => {
        const match = english.exec(text);
        if (match) {
          node.data = chinese(match);
        }
      });
    }
  });
}

function localise() {
  document.querySelectorAll('.fjs-container').forEach((form) => {
    form.querySelectorAll('.fjs-datepicker input').forEach(localiseDatePicker);
    localisePlaceholders(form);
    localiseErrors(form);
  });
}

// characterData too: form-js may rewrite a message's text in place
new MutationObserver(localise).observe(document.documentElement, { childList: true, characterData: true, subtree: true });
localise();
