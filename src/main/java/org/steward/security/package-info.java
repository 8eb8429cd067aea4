/**
 * Who may call what: authentication of Steward's API and engine-rest against the Camunda identity service, and the
 * mitigations Steward carries for Camunda 7.24 itself.
 */
package org.steward.security;
