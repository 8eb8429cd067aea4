/**
 * Enterprise requests (企业诉求): intake with rights and case numbers, the {@code enterprise-request} case from routing
 * through signing for, handover, reply and return visit to close-out, and what the enterprise and staff read about it.
 */
package org.steward.request;
