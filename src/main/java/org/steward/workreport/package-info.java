/** 工作季报: each quarter every officer's report, its figures drafted from the data, reviewed by the supervisor. */
package org.steward.workreport;
