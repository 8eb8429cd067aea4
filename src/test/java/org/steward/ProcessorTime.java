package org.steward;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Processor time used so far, for benchmarks: this JVM's, the PostgreSQL server's and the whole machine's, the last two
 * read from Linux's /proc (clock ticks of 10 ms). On a machine shared with other work, the processor time a piece of
 * work costs varies far less than the seconds it takes.
 */
public final class ProcessorTime {

  private static final Path PROC = Path.of("/proc");
  private static final long MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux's common builds

  private ProcessorTime() {
  }

  /** Whether /proc is there to read PostgreSQL's and the machine's time from. */
  public static boolean available() {
    return Files.isDirectory(PROC);
  }

  /** This JVM's processor time, ms. */
  public static long jvmMillis() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime()
        / 1_000_000;
  }

  /**
   * The PostgreSQL server's processor time, ms: the postmaster of the backend {@code backendPid} ({@code select
   * pg_backend_pid()}), with its live processes and those it has reaped (its children's time).
   */
  public static long postgresMillis(long backendPid) {
    long postmaster = Long.parseLong(stat(backendPid).get(1));
    List<String> own = stat(postmaster);
    long ticks = sum(own, 11, 12, 13, 14);
    for (ProcessHandle child : ProcessHandle.of(postmaster).orElseThrow().children().toList()) {
      List<String> fields = stat(child.pid());
      if (!fields.isEmpty()) { // ended meanwhile: its time is in the postmaster's children's
        ticks += sum(fields, 11, 12);
      }
    }
    return ticks * MILLIS_PER_TICK;
  }

  /** The whole machine's processor time, ms over all its cores: busy, and in all (idle and waiting for I/O too). */
  public static Machine machine() {
    try {
      List<String> fields = List.of(Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+"));
      long total = sum(fields, 1, 2, 3, 4, 5, 6, 7, 8);
      return new Machine((total - sum(fields, 4, 5)) * MILLIS_PER_TICK, total * MILLIS_PER_TICK);
    } catch (IOException e) {
      throw new IllegalStateException("/proc/stat", e);
    }
  }

  /** The machine's processor time, ms: busy, and in all. */
  public record Machine(long busyMillis, long totalMillis) {
  }

  /** The fields of /proc/{pid}/stat after the command's name: the state, the parent's pid, …; none once it ended. */
  private static List<String> stat(long pid) {
    try {
      String line = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      return List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
    } catch (IOException ended) {
      return List.of();
    }
  }

  private static long sum(List<String> fields, int... indexes) {
    long sum = 0;
    for (int index : indexes) {
      sum += Long.parseLong(fields.get(index));
    }
    return sum;
  }
}
