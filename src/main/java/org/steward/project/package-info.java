/**
 * Industrial projects (工业项目): the registry with one officer and one leader, the three milestones 动工 → 竣工 → 投产
 * followed by process {@code project-milestones}, re-plans, problems (卡点) that run as enterprise requests, and
 * monthly progress filings.
 */
package org.steward.project;
