/**
 * 代理与抄送: an officer's leave with a deputy who holds the officer's tasks during it, and cases copied to leaders
 * and other officers, who follow them read-only.
 */
package org.steward.deputy;
