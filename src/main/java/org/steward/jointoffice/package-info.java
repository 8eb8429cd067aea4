/**
 * The joint-meeting office (联席会议办公室): escalated cases it analyses, arbitrates, decides or takes to a joint meeting,
 * common issues (共性问题) that answer many requests with one resolution, and the weekly meeting's agenda.
 */
package org.steward.jointoffice;
