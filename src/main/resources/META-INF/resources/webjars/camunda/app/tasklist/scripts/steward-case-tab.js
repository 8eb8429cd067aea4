/*
 * Steward: the 案件信息 tab of Tasklist (plugin point tasklist.task.detail).
 *
 * For the selected task it finds the enterprise request (GET /api/tasks/{id}/case) and shows, with the Tasklist
 * session: the case's summary, state and light, officer, the units with their due dates and ratings, the attachments
 * (download links, and an upload for staff), the timeline, and the enterprise's latest visits
 * (GET /api/requests/{case}/visits: officers see the problems found and the cases raised, departments the date, mode
 * and officer only). Everything shown is built with DOM nodes and textContent, never from HTML strings, because
 * titles, names and file names come from users.
 */
const API = '/api';

const STATES = {
  SUBMITTED: '待签收', ACKNOWLEDGED: '已签收', HANDLING: '部门办理中', CONVENING: '召集协同中',
  JOINT_OFFICE: '联席会议办公室处理中', CONSOLIDATING: '汇总中', REPLYING: '待答复', RETURN_VISIT: '待回访',
  CLOSED: '已销号', WITHDRAWN: '已撤回', AWAITING_MATERIAL: '待补充材料', NO_RESPONSE: '未补充材料已关闭'
};
const LIGHTS = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' };
const UNIT_STATES = {
  ASSIGNED: '待签收', SIGNED: '办理中', EXTENSION_REQUESTED: '申请延期中', FEEDBACK_GIVEN: '已反馈',
  RETURNED: '已退单', WITHDRAWN: '已撤回'
};
const RATINGS = { DONE: '完成', ON_TRACK: '如期推进', SLOW: '进展缓慢' };
const ROLES = { LEAD: '牵头', COOPERATING: '配合' };
const SOURCES = { SUBMISSION: '企业提交', MATERIAL: '企业补充', STAFF: '办理人员' };
const MODES = { ON_SITE: '实地', PHONE: '电话', VIDEO: '视频' };

function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

function when(value) {
  return value ? String(value).replace('T', ' ').substring(0, 16) : '—';
}

function word(words, value) {
  return value ? (words[value] || value) : '—';
}

async function read(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error(String(response.status));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function light(value) {
  return h('span', { class: 'steward-light steward-light-' + (value || 'GREEN') }, word(LIGHTS, value));
}

function rows(pairs) {
  return h('table', { class: 'table table-condensed steward-case-summary' },
    h('tbody', {}, pairs.map(([label, value]) => h('tr', {}, h('th', {}, label), h('td', {}, value)))));
}

function units(list) {
  if (!list.length) {
    return h('p', { class: 'text-muted' }, '尚未交办部门。');
  }
  return h('table', { class: 'table table-condensed' },
    h('thead', {}, h('tr', {}, ['轮次', '部门', '角色', '办理时限', '状态', '灯色', '进度评价'].map(t => h('th', {}, t)))),
    h('tbody', {}, list.map(u => h('tr', {}, h('td', {}, u.round), h('td', {}, u.departmentName || u.department),
      h('td', {}, word(ROLES, u.role)), h('td', {}, u.dueDate || '—'), h('td', {}, word(UNIT_STATES, u.state)),
      h('td', {}, light(u.light)), h('td', {}, word(RATINGS, u.rating))))));
}

function attachments(caseNumber, files, api, reload) {
  const list = files.length
    ? h('ul', { class: 'list-unstyled' }, files.map(f => h('li', {},
      h('a', { href: API + '/attachments/' + f.id, download: '' }, f.fileName),
      h('span', { class: 'text-muted' }, ' ' + word(SOURCES, f.source) + ' · ' + f.uploadedBy + ' · '
        + when(f.uploadedAt) + ' · ' + Math.max(1, Math.round(f.size / 1024)) + ' KB'))))
    : h('p', { class: 'text-muted' }, '暂无附件。');
  const input = h('input', { type: 'file', multiple: 'multiple', class: 'steward-upload-input',
    accept: '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx' });
  const message = h('p', { class: 'steward-upload-message', role: 'status' });
  const button = h('button', { type: 'button', class: 'btn btn-default steward-upload' }, '上传附件');
  button.addEventListener('click', async () => {
    if (!input.files.length) {
      message.textContent = '请先选择文件。';
      return;
    }
    const body = new FormData();
    Array.from(input.files).forEach(file => body.append('files', file, file.name));
    button.disabled = true;
    message.textContent = '正在上传…';
    try {
      const response = await fetch(API + '/requests/' + encodeURIComponent(caseNumber) + '/attachments', {
        method: 'POST', credentials: 'same-origin', body, headers: { 'X-XSRF-TOKEN': csrfToken(api) }
      });
      if (response.ok) {
        reload();
        return;
      }
      const problem = await response.json().catch(() => ({}));
      message.textContent = problem.detailZh || problem.titleZh || ('上传失败（' + response.status + '）');
    } finally {
      button.disabled = false;
    }
  });
  return h('div', {}, list, h('div', { class: 'form-inline steward-upload-form' }, input, button), message);
}

function timeline(steps) {
  return h('ol', { class: 'steward-timeline' }, steps.map(s => h('li', {},
    h('span', { class: 'text-muted' }, when(s.at) + ' '), h('strong', {}, s.description),
    s.actor ? h('span', { class: 'text-muted' }, ' · ' + s.actor) : null,
    s.detail ? h('div', { class: 'steward-detail' }, s.detail) : null)));
}

function visits(answer) {
  if (answer.failed) {
    return h('p', { class: 'text-muted steward-visits-error' },
      '暂时无法读取走访记录（' + (answer.failed.status || answer.failed.message) + '）。');
  }
  if (!answer.visits.length) {
    return h('p', { class: 'text-muted steward-no-visits' }, '该企业暂无走访记录。');
  }
  const heads = ['走访日期', '方式', '走访人'].concat(answer.detailed ? ['发现问题', '转为诉求'] : []);
  return h('div', {},
    h('table', { class: 'table table-condensed steward-visits' },
      h('thead', {}, h('tr', {}, heads.map(t => h('th', {}, t)))),
      h('tbody', {}, answer.visits.map(v => h('tr', {}, h('td', {}, v.visitedOn), h('td', {}, word(MODES, v.mode)),
        h('td', {}, v.officerName),
        answer.detailed ? [h('td', {}, v.problemCount + ' 个'),
          h('td', {}, v.caseNumbers.length ? v.caseNumbers.join('、') : '—')] : [])))),
    answer.detailed ? null : h('p', { class: 'text-muted' }, '仅显示最近走访的日期、方式和走访人。'));
}

async function show(node, api, taskId) {
  node.replaceChildren(h('p', { class: 'text-muted' }, '正在读取案件信息…'));
  let caseNumber;
  try {
    caseNumber = (await read('/tasks/' + encodeURIComponent(taskId) + '/case')).caseNumber;
  } catch (error) {
    node.replaceChildren(error.status === 404
      ? h('p', { class: 'text-muted steward-no-case' }, '本任务不属于企业诉求。')
      : h('p', { class: 'text-muted steward-case-error' },
        '暂时无法读取案件信息，请稍后再试（' + (error.status || error.message) + '）。'));
    return;
  }
  try {
    const [request, files, visited] = await Promise.all([read('/requests/' + encodeURIComponent(caseNumber)),
      read('/requests/' + encodeURIComponent(caseNumber) + '/attachments'),
      read('/requests/' + encodeURIComponent(caseNumber) + '/visits').catch(failed => ({ failed }))]);
    const reload = () => show(node, api, taskId);
    node.replaceChildren(h('div', { class: 'steward-case-tab' },
      h('h4', {}, request.title),
      rows([['案件编号', request.caseNumber], ['企业', request.enterpriseName], ['诉求类别', request.categoryLabel],
        ['状态', word(STATES, request.state)], ['灯色', light(request.light)],
        ['首席服务官', request.officerName || '—'], ['提交时间', when(request.submittedAt)],
        ['首次响应时限', when(request.responseDue)], ['办结时限', request.resolutionDue || '—'],
        ['联系人', (request.contactName || '—') + ' ' + (request.contactPhone || '')]]),
      h('h5', {}, '诉求内容'), h('div', { class: 'steward-detail' }, request.description),
      h('h5', {}, '办理单位'), units(request.units || []),
      h('h5', {}, '附件'), attachments(caseNumber, files, api, reload),
      h('h5', {}, '办理过程'), timeline(request.timeline || []),
      h('h5', {}, '走访记录'), visits(visited)));
  } catch (error) {
    node.replaceChildren(h('p', { class: 'text-muted steward-case-error' },
      '暂时无法读取案件信息，请稍后再试（' + (error.status || error.message) + '）。'));
  }
}

export default [{
  id: 'steward.caseTab',
  pluginPoint: 'tasklist.task.detail',
  priority: 950,
  properties: { label: '案件信息' },
  render: (node, { api, taskId }) => {
    show(node, api, taskId);
  }
}];
