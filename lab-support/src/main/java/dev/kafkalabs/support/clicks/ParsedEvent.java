package dev.kafkalabs.support.clicks;

/**
 * The outcome of reading one record value: the event, or the reason it is not one. The raw bytes are
 * kept so that a malformed record can be passed on to the dead-letter topic unchanged.
 */
public record ParsedEvent(byte[] raw, ClickEvent event, String error) {

    public boolean isValid() {
        return event != null;
    }
}
