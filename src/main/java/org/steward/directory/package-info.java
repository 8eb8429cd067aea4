/**
 * Who serves whom: departments, chief service officers and their supervisors, enterprises and the officer ↔
 * enterprise assignments with their full history; also the standard Camunda groups and the demo organisation.
 */
package org.steward.directory;
