/**
 * Attachments (附件): files added to a case by the enterprise or by staff, checked by content and read in the case scope.
 */
package org.steward.attachment;
