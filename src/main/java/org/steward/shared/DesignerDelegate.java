package org.steward.shared;

import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A delegate that process designers configure with input parameters in Camunda Modeler, through the element templates
 * in {@code processes/.camunda/element-templates}. It names the parameters it reads, so a test keeps the templates in
 * step with the code.
 */
public interface DesignerDelegate extends JavaDelegate {

  /** The input parameters it reads. */
  Set<String> parameters();
}
