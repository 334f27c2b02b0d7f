package org.raciplanner.template;

/** A template that cannot be used; start-up stops with this message rather than load half a catalogue. */
class TemplateException extends RuntimeException {

    TemplateException(String message) {
        super(message);
    }
}
