package org.steward.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;

/**
 * Locks an account after {@code steward.login.max-failures} failed logins in a row (5) for
 * {@code steward.login.lock-minutes} (15), on every login path: the portal, HTTP basic on {@code /api} and
 * {@code /engine-rest}, and the Camunda webapps' login. The count lives in the database, so every node sees it; each
 * failure is logged. It replaces the engine's own throttling, which refused the right password for seconds after one
 * mistake and never said why.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(StewardClock.ZONE);
  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final JdbcClient jdbc;
  private final int maxFailures;
  private final Duration lock;

  LoginThrottle(JdbcClient jdbc, @Value("${steward.login.max-failures:5}") int maxFailures,
      @Value("${steward.login.lock-minutes:15}") int lockMinutes) {
    this.jdbc = jdbc;
    this.maxFailures = maxFailures;
    this.lock = Duration.ofMinutes(lockMinutes);
  }

  /** Until when the account is locked, if it is now. */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String userId) {
    return jdbc.sql("select locked_until from login_failure where user_id = :user").param("user", userId)
        .query(Timestamp.class).optional().map(Timestamp::toInstant).filter(StewardClock.now()::isBefore);
  }

  /** A wrong password: one more failure; the last allowed one locks the account. Answers the lock, if any. */
  public Optional<Instant> failed(String userId) {
    Instant now = StewardClock.now();
    int failures = jdbc.sql("select failures from login_failure where user_id = :user for update")
        .param("user", userId).query(Integer.class).optional().orElse(0) + 1;
    Instant until = failures >= maxFailures ? now.plus(lock) : null;
    int stored = jdbc.sql("""
            update login_failure set failures = :failures, last_failure_at = :now, locked_until = :until
             where user_id = :user""")
        .param("failures", until == null ? failures : 0).param("now", Timestamp.from(now))
        .param("until", until == null ? null : Timestamp.from(until)).param("user", userId).update();
    if (stored == 0) {
      jdbc.sql("""
              insert into login_failure (user_id, failures, last_failure_at, locked_until)
              values (:user, :failures, :now, :until)""")
          .param("user", userId).param("failures", until == null ? failures : 0).param("now", Timestamp.from(now))
          .param("until", until == null ? null : Timestamp.from(until)).update();
    }
    if (until != null) {
      log.warn("Login of {} failed {} times in a row: locked until {}", userId, failures, until);
    } else {
      log.info("Login of {} failed ({} of {} before a lock)", userId, failures, maxFailures);
    }
    return Optional.ofNullable(until);
  }

  /** A right password: the count starts again. */
  public void succeeded(String userId) {
    jdbc.sql("delete from login_failure where user_id = :user and (locked_until is null or locked_until <= :now)")
        .param("user", userId).param("now", Timestamp.from(StewardClock.now())).update();
  }

  /** What the person is told, in Chinese. */
  public static String message(Instant until) {
    return "登录失败次数过多，账户已锁定，请于 " + time(until) + " 后再试。";
  }

  /** The end of a lock as people read it: hours and minutes in China Standard Time. */
  public static String time(Instant until) {
    return TIME.format(until);
  }

  /** Whole seconds until the lock ends, at least 1: the {@code Retry-After} of a refused login. */
  public static long retryAfterSeconds(Instant until) {
    return Math.max(1, Duration.between(StewardClock.now(), until).toSeconds() + 1);
  }
}
