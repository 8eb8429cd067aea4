/** 座谈会 / 政企面对面: meetings of officers with enterprises, whose problems become linked requests in one batch. */
package org.steward.forum;
