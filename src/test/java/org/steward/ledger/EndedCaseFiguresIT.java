package org.steward.ledger;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.steward.EmbeddedPostgresConfiguration;

/**
 * {@link EndedCaseFiguresTests} on PostgreSQL: the day of submission in Shanghai, the sums' types and the rows of zeros
 * inserted in a transaction of their own.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({EmbeddedPostgresConfiguration.class, EndedCaseFigures.class, LedgerFigures.class})
class EndedCaseFiguresIT extends EndedCaseFiguresTests {
}
