package org.steward.project;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/**
 * A project, milestone, re-plan or monthly filing cannot make that transition from the state it is in (a filing filed
 * twice, a re-plan decided twice, a confirmed milestone re-planned); nothing changed.
 */
public class ProjectStateConflict extends StewardException {

  ProjectStateConflict(String kind, Object id, Enum<?> state, Enum<?> wanted) {
    super(HttpStatus.CONFLICT, "project-state-conflict", new DefaultMessageSourceResolvable("kind." + kind),
        String.valueOf(id), state.name(), wanted.name());
  }
}
