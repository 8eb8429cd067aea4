/**
 * Work reports (工作月报/季报): per period, the requests collected, resolved on the spot or tracked, closed, on time,
 * answered within 24 hours, urged, reopened and rated, by department, officer, area and category, with the projects by
 * state and the policies pushed (政策推送), as JSON, Excel or CSV. A read model (ADR 0018) over the request, handling,
 * urge and directory tables; projects and policies it asks of their capabilities' APIs. It changes nothing.
 */
package org.steward.report;
