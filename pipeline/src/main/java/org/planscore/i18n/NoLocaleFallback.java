package org.planscore.i18n;

import java.util.ResourceBundle;

/**
 * How our message bundles are looked up: the requested locale, then the base bundle (Vietnamese), never the JVM's
 * default locale in between, which on an English-speaking machine would shadow the Vietnamese base.
 */
public final class NoLocaleFallback {

    /** The JDK's own control without a default-locale fallback, for properties bundles. */
    public static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NoLocaleFallback() {
    }
}
