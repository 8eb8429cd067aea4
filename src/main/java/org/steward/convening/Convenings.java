package org.steward.convening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/**
 * The convenings as people read them: a case's, or one, with each officer's opinion, its live light and who is late.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Convenings {

  private final ConveningRows rows;
  private final DirectoryManagement directory;

  /** Every convening of the case, oldest first, with opinions, live lights and who is late. */
  @Transactional(readOnly = true)
  public List<Convening> ofCase(String caseNumber) {
    return views(rows.ofCase(caseNumber));
  }

  /** One convening; {@link NotFound} ({@code convening}) if there is none. */
  @Transactional(readOnly = true)
  public Convening convening(long id) {
    return views(List.of(rows.convening(id))).get(0);
  }

  /** The opinion as people read it now. */
  Opinion view(OpinionRow row) {
    return view(row, StewardClock.now());
  }

  /** The officer's name, or the id of one the directory no longer knows. */
  String officerName(String officerId) {
    return directory.officer(officerId).map(Officer::name).orElse(officerId);
  }

  private List<Convening> views(List<ConveningRow> convenings) {
    if (convenings.isEmpty()) {
      return List.of();
    }
    Instant now = StewardClock.now();
    Map<Long, List<Opinion>> opinions = new LinkedHashMap<>();
    rows.opinions(convenings.stream().map(ConveningRow::id).toList())
        .forEach(o -> opinions.computeIfAbsent(o.conveningId(), k -> new ArrayList<>()).add(view(o, now)));
    return convenings.stream().map(r -> new Convening(r.id(), r.caseNumber(), r.question(), r.convener(),
        officerName(r.convener()), r.timeLimit(), r.convenedAt(), r.dueDate(), r.state(), r.conclusion(),
        r.concludedAt(), r.concludedBy(), opinions.getOrDefault(r.id(), List.of()))).toList();
  }

  private Opinion view(OpinionRow row, Instant now) {
    return row.view(officerName(row.officer()), now, rows.deadline(row.dueDate()));
  }
}
