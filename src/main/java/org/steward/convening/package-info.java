/**
 * Convening (召集协同): an officer pulls several officers into one case; each gives an opinion by a working-day deadline
 * (with yellow and red lights), the convener may add officers while it runs (加签) and concludes it into a conclusion
 * kept on the case.
 */
package org.steward.convening;
