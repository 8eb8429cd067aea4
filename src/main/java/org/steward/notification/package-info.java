/** Notification records: who was told what about which case, and whether they have read it. */
package org.steward.notification;
