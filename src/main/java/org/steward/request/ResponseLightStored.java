package org.steward.request;

import org.steward.deadline.Light;

/**
 * The 24-hour response's light a timer signalled was stored on the case's row ({@code response_light}), published in
 * the same transaction after the write, so that those who keep figures of the row read the new light.
 */
public record ResponseLightStored(String caseNumber, Light light) {
}
