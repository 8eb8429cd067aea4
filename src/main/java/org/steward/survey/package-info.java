/**
 * 问卷调查: a survey's questions are a Camunda Form in {@code forms/surveys/}, designed in Camunda Modeler; enterprises
 * answer it on the portal, rendered on the server from the same form and validated as the form says.
 */
package org.steward.survey;
