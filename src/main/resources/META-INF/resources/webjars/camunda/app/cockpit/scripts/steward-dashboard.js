/*
 * Steward: the supervisors' dashboard (督办看板) as a Cockpit plugin.
 *
 * A navigation entry and a route (#/steward-dashboard) that read Steward's own API with the Cockpit session:
 * GET /api/dashboard (lights, longest-overdue matters, ratings), GET /api/reports?period=YYYY-MM (this month's
 * figures and policy totals; "—" while that endpoint or a figure is missing), GET /api/projects/board and
 * GET /api/surveys (the campaigns; a campaign's results from GET /api/surveys/{id}/results on demand, its charts as
 * SVG images from the server). Everything shown is built with DOM nodes and textContent, never from HTML strings,
 * because titles and names come from users.
 * Loaded through customScripts in config.js.
 */
const PATH = '/steward-dashboard';
// Steward's API lives at the root of the server, next to the Camunda webapps.
const API = '/api';
const DASH = '—';

const STATE_LABELS = {
  SUBMITTED: '待签收', ACKNOWLEDGED: '已签收', HANDLING: '部门办理中', CONVENING: '召集协同中',
  CONSOLIDATING: '汇总办理结果', JOINT_OFFICE: '联席办处理中', REPLYING: '待答复', RETURN_VISIT: '待回访', CLOSED: '已销号',
  WITHDRAWN: '已撤回', AWAITING_MATERIAL: '待补充材料', NO_RESPONSE: '未补充材料已关闭'
};
const SURVEY_STATES = {SCHEDULED: '未开始', OPEN: '进行中', CLOSED: '已截止'};
const PROJECT_STATES = [['ON_TRACK', '正常推进'], ['AT_RISK', '预警'], ['DELAYED', '延期'], ['FINISHED', '已投产']];
const FIGURES = [
  ['collected', '收集诉求', 'count'], ['resolvedOnSpot', '即时解决', 'count'], ['tracked', '跟踪解决', 'count'],
  ['closed', '已办结销号', 'count'], ['resolutionRate', '办结率', 'rate'], ['onTimeRate', '按期办结率', 'rate'],
  ['averageFirstResponseHours', '平均首次响应', 'hours'], ['respondedWithin24hRate', '24小时内响应率', 'rate'],
  ['urges', '催办次数', 'count'], ['reopenRate', '重办率', 'rate'], ['satisfactionRate', '满意率', 'rate']
];
// one row of tiles: 已送达 (new deliveries in the month) is in the report only
const POLICY_FIGURES = [
  ['matched', '匹配企业', 'count'], ['read', '已阅读', 'count'], ['readRate', '阅读率', 'rate'],
  ['confirmed', '官员已确认', 'count'], ['applicable', '适用', 'count'], ['consultations', '咨询/申报', 'count']
];

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

async function getJson(path) {
  const response = await fetch(API + path, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  const body = await response.json().catch(() => null);
  return {status: response.status, body};
}

function figure(value, kind) {
  if (value === null || value === undefined) {
    return DASH;
  }
  if (kind === 'rate') {
    return (value * 100).toFixed(1) + '%';
  }
  if (kind === 'hours') {
    return value.toFixed(1) + ' 小时';
  }
  return String(value);
}

function section(id, title, ...content) {
  return h('section', {class: 'sd-section', id}, h('h2', null, title), ...content);
}

function table(id, headings, rows, empty) {
  if (rows.length === 0) {
    return h('p', {class: 'sd-empty', id}, empty);
  }
  return h('table', {class: 'table table-condensed sd-table', id},
    h('thead', null, h('tr', null, headings.map(heading => h('th', null, heading)))),
    h('tbody', null, rows));
}

function lightTable(id, nameHeading, counts, empty) {
  const rows = counts.map(c => h('tr', {'data-id': c.id},
    h('td', {class: 'sd-name'}, c.name || c.id),
    h('td', {class: 'sd-count sd-green', 'data-light': 'GREEN'}, c.green),
    h('td', {class: 'sd-count sd-yellow', 'data-light': 'YELLOW'}, c.yellow),
    h('td', {class: 'sd-count sd-red', 'data-light': 'RED'}, c.red)));
  return table(id, [nameHeading, '绿灯', '黄灯', '红灯'], rows, empty);
}

function figureTiles(figures, totals, attribute) {
  return h('div', {class: 'sd-tiles'}, figures.map(([key, title, kind]) =>
    h('div', {class: 'sd-tile', [attribute]: key},
      h('div', {class: 'sd-tile-value'}, figure(totals[key], kind)),
      h('div', {class: 'sd-tile-label'}, title))));
}

function tiles(report) {
  const totals = (report && report.totals) || {};
  const label = report && report.period && report.period.label;
  return section('sd-figures', '本月关键指标' + (label ? '（' + label + '）' : ''),
    report ? null : h('p', {class: 'sd-note'}, '月度报表暂不可用，指标显示为“—”。'),
    figureTiles(FIGURES, totals, 'data-figure'));
}

// the month's policy totals from the report (docs/reports.md: matched by the month's end, the rest within it)
function policyTiles(report) {
  const totals = (report && report.policies && report.policies.totals) || {};
  return section('sd-policy-figures', '本月政策推送', figureTiles(POLICY_FIGURES, totals, 'data-policy-figure'));
}

function overdueTable(matters) {
  const rows = matters.map(m => h('tr', {'data-case': m.caseNumber},
    h('td', null, m.processInstanceId
      ? h('a', {href: '#/process-instance/' + encodeURIComponent(m.processInstanceId) + '/runtime',
        class: 'sd-case-link'}, m.caseNumber)
      : m.caseNumber),
    h('td', null, m.title),
    h('td', null, m.enterprise),
    h('td', null, m.officer || m.officerId || DASH),
    h('td', null, m.leadDepartment || m.leadDepartmentCode || DASH),
    h('td', null, STATE_LABELS[m.state] || m.state),
    h('td', null, m.deadline || DASH),
    h('td', {class: 'sd-count sd-red', 'data-overdue': m.workingDaysOverdue}, m.workingDaysOverdue)));
  return table('sd-overdue', ['编号', '事项', '企业', '首席服务官', '牵头部门', '状态', '办理时限', '超期（工作日）'],
    rows, '目前没有超期事项。');
}

function ratingTable(ratings) {
  const rows = ratings.map(r => h('tr', {'data-id': r.department},
    h('td', {class: 'sd-name'}, r.name || r.department),
    h('td', {class: 'sd-count', 'data-rating': 'DONE'}, r.done),
    h('td', {class: 'sd-count', 'data-rating': 'ON_TRACK'}, r.onTrack),
    h('td', {class: 'sd-count sd-red', 'data-rating': 'SLOW'}, r.slow)));
  return table('sd-ratings', ['部门', '完成', '如期推进', '进展缓慢'], rows, '还没有交办给部门的事项。');
}

function projectBoard(board) {
  if (!board) {
    return section('sd-projects', '工业项目看板', h('p', {class: 'sd-note'}, '项目看板暂不可用。'));
  }
  const byState = board.byState || {};
  const delayed = (board.delayed || []).map(d => h('tr', {'data-project': d.code},
    h('td', null, d.code), h('td', null, d.name), h('td', null, d.area || DASH),
    h('td', null, d.label || d.milestone), h('td', null, d.plannedDate),
    h('td', {class: 'sd-count sd-red'}, d.workingDaysOverdue)));
  return section('sd-projects', '工业项目看板',
    h('div', {class: 'sd-tiles'},
      h('div', {class: 'sd-tile', 'data-project-state': 'TOTAL'},
        h('div', {class: 'sd-tile-value'}, board.total), h('div', {class: 'sd-tile-label'}, '项目总数')),
      PROJECT_STATES.map(([state, label]) => h('div', {class: 'sd-tile', 'data-project-state': state},
        h('div', {class: 'sd-tile-value'}, byState[state] || 0), h('div', {class: 'sd-tile-label'}, label)))),
    h('h3', null, '延期的节点'),
    table('sd-delayed', ['项目编号', '项目', '区域', '节点', '计划日期', '超期（工作日）'], delayed,
      '没有延期的动竣投节点。'));
}

function refusal(status, body, what = '督办看板') {
  const title = (body && body.titleZh) || (status === 401 ? '登录已失效' : what + '暂不可用');
  const detail = (body && body.detailZh) || (status === 401 ? '请重新登录后再打开' + what + '。' : '请稍后再试（HTTP ' + status + '）。');
  return h('div', {class: 'alert alert-warning sd-refusal', role: 'alert'},
    h('strong', null, title), h('p', null, detail));
}

/** answered / targeted as a percentage, "—" when nobody is targeted. */
function responseRate(group) {
  return group.targeted ? figure(group.answered / group.targeted, 'rate') : DASH;
}

function rateTable(id, nameHeading, rates) {
  const rows = rates.map(r => h('tr', {'data-name': r.name},
    h('td', {class: 'sd-name'}, r.name),
    h('td', {class: 'sd-count', 'data-figure': 'targeted'}, r.targeted),
    h('td', {class: 'sd-count', 'data-figure': 'answered'}, r.answered),
    h('td', {class: 'sd-count', 'data-figure': 'rate'}, responseRate(r))));
  return table(id, [nameHeading, '目标企业', '已回答', '回答率'], rows, '没有目标企业。');
}

function workloadTable(loads) {
  const rows = loads.map(w => h('tr', {'data-id': w.officerId},
    h('td', {class: 'sd-name'}, w.name),
    h('td', {class: 'sd-count', 'data-figure': 'openTasks'}, w.openTasks),
    h('td', {class: 'sd-count', 'data-figure': 'redMatters'}, w.redMatters),
    h('td', {class: 'sd-count', 'data-figure': 'visitsLate'}, w.visitsLate)));
  return table('sd-workload-by-officer', ['首席服务官', '待办任务', '红灯事项', '逾期走访'], rows, '没有首席服务官。');
}

function surveyResults(results, state) {
  const base = API + '/surveys/' + encodeURIComponent(results.campaignId);
  const questions = results.questions || [];
  const free = questions.filter(q => !q.counted);
  return h('div', {class: 'sd-survey', 'data-survey': results.campaignId},
    h('h3', null, results.title + '：结果'),
    h('p', {class: 'sd-meta'}, '调查期间 ' + results.opensOn + ' 至 ' + results.closesOn
      + (SURVEY_STATES[state] ? '（' + SURVEY_STATES[state] + '）' : '') + '；目标企业 ' + results.overall.targeted
      + ' 家，已回答 ' + results.overall.answered + ' 家，回答率 ' + responseRate(results.overall) + '。'),
    h('p', null, h('a', {class: 'btn btn-default btn-sm sd-survey-export', href: base + '/results.xlsx', download: ''},
      '导出电子表格')),
    h('div', {class: 'sd-columns'},
      h('div', {class: 'sd-section'}, h('h4', null, '按首席服务官'),
        rateTable('sd-survey-by-officer', '首席服务官', results.byOfficer || [])),
      h('div', {class: 'sd-section'}, h('h4', null, '按区域'),
        rateTable('sd-survey-by-area', '区域', results.byArea || []))),
    h('h4', null, '各题统计'),
    h('div', {class: 'sd-survey-charts'}, questions.filter(q => q.counted).map(q =>
      h('img', {src: base + '/results/charts/' + encodeURIComponent(q.key) + '.svg', alt: q.label,
        'data-question': q.key, loading: 'lazy'}))),
    free.length === 0 ? null : h('ul', {class: 'sd-survey-free'}, free.map(q =>
      h('li', {'data-question': q.key}, q.label + '：' + q.answered + ' 家企业作答（明细见导出的电子表格）'))));
}

async function showSurvey(container, survey) {
  container.replaceChildren(h('p', {class: 'sd-loading'}, '正在加载问卷结果…'));
  const results = await getJson('/surveys/' + encodeURIComponent(survey.id) + '/results');
  container.replaceChildren(results.status === 200
    ? surveyResults(results.body, survey.state)
    : refusal(results.status, results.body, '问卷结果'));
}

function surveys(list) {
  if (!list) {
    return section('sd-surveys', '问卷调查', h('p', {class: 'sd-note'}, '问卷调查暂不可用。'));
  }
  const shown = h('div', {class: 'sd-survey-results', id: 'sd-survey-results'});
  const rows = list.map(s => {
    const show = h('button', {type: 'button', class: 'btn btn-default btn-xs sd-survey-show'}, '查看结果');
    show.addEventListener('click', () => showSurvey(shown, s).catch(error =>
      shown.replaceChildren(refusal(0, {titleZh: '问卷结果加载失败', detailZh: String(error)}))));
    return h('tr', {'data-survey': s.id, 'data-state': s.state},
      h('td', null, s.title),
      h('td', null, s.opensOn + ' 至 ' + s.closesOn),
      h('td', null, SURVEY_STATES[s.state] || s.state),
      h('td', {class: 'sd-count', 'data-figure': 'targeted'}, s.targeted),
      h('td', {class: 'sd-count', 'data-figure': 'answered'}, s.answered),
      h('td', {class: 'sd-count', 'data-figure': 'rate'}, responseRate(s)),
      h('td', null, show));
  });
  return section('sd-surveys', '问卷调查',
    table('sd-survey-list', ['问卷', '调查期间', '状态', '目标企业', '已回答', '回答率', ''], rows, '还没有问卷调查。'),
    shown);
}

async function load(root) {
  const dashboard = await getJson('/dashboard');
  root.replaceChildren(h('h1', null, '督办看板'));
  if (dashboard.status !== 200) {
    root.append(refusal(dashboard.status, dashboard.body));
    return;
  }
  const data = dashboard.body;
  const [report, board, campaigns] = await Promise.all([
    getJson('/reports?period=' + data.today.slice(0, 7)),
    getJson('/projects/board'),
    getJson('/surveys')
  ]);
  root.append(
    h('p', {class: 'sd-meta'}, '数据日期：' + data.today + '。灯色为各办理时限计时器最近发出的信号；超期天数按工作日计算。'),
    tiles(report.status === 200 ? report.body : null),
    h('div', {class: 'sd-columns'},
      section('sd-lights-department', '各部门红黄绿灯（在办事项）',
        lightTable('sd-by-department', '部门', data.byDepartment, '目前没有在办的部门事项。')),
      section('sd-lights-officer', '各首席服务官红黄绿灯（在办诉求）',
        lightTable('sd-by-officer', '首席服务官', data.byOfficer, '目前没有在办的诉求。'))),
    section('sd-longest-overdue', '超期最久的事项', overdueTable(data.longestOverdue)),
    section('sd-unit-ratings', '部门办理评价', ratingTable(data.ratings)),
    section('sd-policy-confirmations', '政策送达确认（待办，按首席服务官）',
      lightTable('sd-policy-by-officer', '首席服务官', data.policyConfirmations || [], '目前没有待办的政策送达确认。')),
    section('sd-workload', '首席服务官工作量', workloadTable(data.workload || [])),
    policyTiles(report.status === 200 ? report.body : null),
    projectBoard(board.status === 200 ? board.body : null),
    surveys(campaigns.status === 200 && Array.isArray(campaigns.body) ? campaigns.body : null));
  root.setAttribute('data-loaded', 'true');
}

function stylesheet() {
  const href = new URL('../styles/steward-dashboard.css', import.meta.url).href;
  if (!document.querySelector('link[href="' + href + '"]')) {
    document.head.append(h('link', {rel: 'stylesheet', type: 'text/css', href}));
  }
}

export default [
  {
    id: 'steward-dashboard-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {path: PATH},
    render: node => {
      node.replaceChildren(h('a', {href: '#' + PATH}, '督办看板'));
    }
  },
  {
    id: 'steward-dashboard-route',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH},
    render: node => {
      stylesheet();
      const root = h('div', {class: 'steward-dashboard'}, h('h1', null, '督办看板'), h('p', {class: 'sd-loading'}, '正在加载…'));
      node.append(root);
      load(root).catch(error => {
        root.replaceChildren(h('h1', null, '督办看板'), refusal(0, {titleZh: '督办看板加载失败', detailZh: String(error)}));
      });
    }
  }
];
