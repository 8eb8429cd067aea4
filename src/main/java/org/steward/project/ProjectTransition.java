package org.steward.project;

import java.util.EnumSet;

/**
 * The transitions of a project: a new officer or leader only while it is followed, and the end of its follow-up once
 * 投产 is confirmed; a finished project moves no more.
 */
enum ProjectTransition {
  REASSIGN(ProjectLifecycle.FOLLOWED, ProjectLifecycle.FOLLOWED),
  FINISH(ProjectLifecycle.FINISHED, ProjectLifecycle.FOLLOWED);

  final Move<ProjectLifecycle> move;

  ProjectTransition(ProjectLifecycle to, ProjectLifecycle first, ProjectLifecycle... more) {
    move = new Move<>(to, EnumSet.of(first, more));
  }
}
