/**
 * 政策精准推送: staff publish a policy with a target rule; the {@code policy-push} process delivers it to the matching
 * enterprises (portal message, notification) and asks the officer of each key enterprise (重点企业) to confirm that the
 * enterprise knows it and whether it applies (政策送达确认, with deadline lights); the policy expires at its end date.
 */
package org.steward.policy;
