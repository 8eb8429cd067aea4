/**
 * Work reports (工作月报/季报): per period, the requests collected, resolved on the spot or tracked, closed, on time,
 * answered within 24 hours, urged, reopened and rated, by department, officer, area and category, with the projects by
 * state, as JSON, Excel or CSV. A read model (ADR 0018) over the request, handling, urge and directory tables;
 * it changes nothing.
 */
package org.steward.report;
