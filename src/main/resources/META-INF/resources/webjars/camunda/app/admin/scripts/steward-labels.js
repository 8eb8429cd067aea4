/*
 * Steward: Admin shows permissions and group types by their engine names (READ_HISTORY, WORKFLOW), which no locale file
 * reaches. This script shows them in Chinese where they are only read: the permission column of the authorization
 * tables and the type of a group. What is stored and sent stays the engine's names.
 * Loaded through customScripts in config.js; it exports no plugin.
 */
const PERMISSIONS = {
  ALL: '全部', NONE: '无', ACCESS: '访问', READ: '读取', UPDATE: '修改', CREATE: '创建', DELETE: '删除',
  READ_HISTORY: '读取历史', DELETE_HISTORY: '删除历史', READ_INSTANCE: '读取实例', UPDATE_INSTANCE: '修改实例',
  CREATE_INSTANCE: '创建实例', DELETE_INSTANCE: '删除实例', READ_TASK: '读取任务', UPDATE_TASK: '修改任务',
  TASK_WORK: '办理任务', TASK_ASSIGN: '分配任务', READ_VARIABLE: '读取变量', UPDATE_VARIABLE: '修改变量',
  UPDATE_TASK_VARIABLE: '修改任务变量', READ_TASK_VARIABLE: '读取任务变量', UPDATE_INSTANCE_VARIABLE: '修改实例变量',
  READ_INSTANCE_VARIABLE: '读取实例变量', READ_HISTORY_VARIABLE: '读取历史变量', RETRY_JOB: '重试作业',
  SUSPEND: '挂起', SUSPEND_INSTANCE: '挂起实例', UPDATE_HISTORY: '修改历史', MIGRATE_INSTANCE: '迁移实例',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: '批量迁移实例', CREATE_BATCH_MODIFY_PROCESS_INSTANCES: '批量修改实例',
  CREATE_BATCH_RESTART_PROCESS_INSTANCES: '批量重启实例', CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES: '批量删除实例',
  CREATE_BATCH_DELETE_FINISHED_PROCESS_INSTANCES: '批量删除历史实例', CREATE_BATCH_SET_JOB_RETRIES: '批量设置重试',
  CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES: '批量设置外部任务重试', CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND:
    '批量挂起实例', CREATE_BATCH_SET_REMOVAL_TIME: '批量设置清理时间', CREATE_BATCH_SET_VARIABLES: '批量设置变量'
};
const GROUP_TYPES = { WORKFLOW: '业务组', SYSTEM: '系统组' };

function chinese(names) {
  const parts = names.split(',').map((name) => name.trim());
  return parts.every((name) => PERMISSIONS[name]) ? parts.map((name) => PERMISSIONS[name]).join('、') : null;
}

function localise() {
  document.querySelectorAll('td.permissions').forEach((cell) => {
    if (cell.children.length === 0) {
      const text = chinese(cell.textContent);
      if (text && text !== cell.textContent) {
        cell.textContent = text;
      }
    }
  });
  document.querySelectorAll('td').forEach((cell) => {
    const text = GROUP_TYPES[cell.textContent.trim()];
    if (cell.children.length === 0 && text) {
      cell.textContent = text;
    }
  });
}

new MutationObserver(localise).observe(document.documentElement, { childList: true, subtree: true });
localise();
