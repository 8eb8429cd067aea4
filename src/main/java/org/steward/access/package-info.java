/**
 * Who reads which case (案件查阅范围): one rule for a single case, for lists and exports, and for the engine's history,
 * and the access log of reads of personal data and of exports. A read model over the capabilities' tables.
 */
package org.steward.access;
