package org.steward.shared;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For process tests over mocked capability APIs: a mock of an {@link InstanceLinks} component that links records to
 * instances in memory as the real one does in its table (a record is claimed once), so tests can verify the claims.
 */
public final class InMemoryInstanceLinks {

  private InMemoryInstanceLinks() {
  }

  public static <K, T extends InstanceLinks<K>> T of(Class<T> type) {
    Map<String, K> links = new ConcurrentHashMap<>();
    T linksMock = mock(type);
    when(linksMock.claim(any(), anyString())).thenAnswer(call -> {
      K id = call.getArgument(0);
      if (links.containsValue(id)) {
        throw new NotWaitingForInstance("record", id);
      }
      links.put(call.getArgument(1), id);
      return id;
    });
    when(linksMock.linked(anyString())).thenAnswer(call -> Optional.ofNullable(links.get(call.<String>getArgument(0))));
    when(linksMock.of(anyString())).thenAnswer(call -> Optional.ofNullable(links.get(call.<String>getArgument(0)))
        .orElseThrow(() -> new NotFound("record", call.getArgument(0))));
    when(linksMock.instanceOf(any())).thenAnswer(call -> links.entrySet().stream()
        .filter(link -> link.getValue().equals(call.getArgument(0))).map(Map.Entry::getKey).findFirst());
    return linksMock;
  }
}
