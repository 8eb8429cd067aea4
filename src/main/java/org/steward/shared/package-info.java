/** The small shared kernel: business failures and how every API answers them (problem+json, Chinese and English). */
package org.steward.shared;
