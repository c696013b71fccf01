package org.planscore.support;

import java.net.URI;

import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.ExtendedLoggerWrapper;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerRegistry;
import org.apache.logging.slf4j.SLF4JLoggerContextFactory;
import org.apache.logging.slf4j.SLF4JProvider;

/**
 * log4j-api (POI's logging) over SLF4J and Logback, as log4j-to-slf4j provides it, but with each message's level
 * checked before the message is built. With Logback, log4j-to-slf4j checks the level only after building it, so
 * POI's trace messages were built and dropped: reading an .xls formatted every cell record as JSON for nothing
 * (7 % of validating a 700 KB budget workbook). Here each of its loggers is wrapped in log4j's own
 * {@link ExtendedLoggerWrapper}, whose {@code atTrace()} and the like ask the level first. Chosen by
 * {@code log4j.provider} in {@code log4j2.component.properties}; MDC and everything else are log4j-to-slf4j's.
 */
public final class LevelFirstLogging extends SLF4JProvider {

    private static final LoggerContextFactory FACTORY = new ContextFactory();

    @Override
    public LoggerContextFactory getLoggerContextFactory() {
        return FACTORY;
    }

    /** log4j-to-slf4j's one context, wrapped once. */
    private static final class ContextFactory implements LoggerContextFactory {

        private final SLF4JLoggerContextFactory slf4j = new SLF4JLoggerContextFactory();
        private volatile Context context;

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
                                        boolean currentContext) {
            return wrapped(slf4j.getContext(fqcn, loader, externalContext, currentContext));
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                                        URI configLocation, String name) {
            return wrapped(slf4j.getContext(fqcn, loader, externalContext, currentContext, configLocation, name));
        }

        private LoggerContext wrapped(LoggerContext inner) {
            Context known = context;
            if (known == null || known.inner != inner) {
                known = new Context(inner);
                context = known;
            }
            return known;
        }

        @Override
        public void removeContext(LoggerContext removed) {
        }

        @Override
        public boolean isClassLoaderDependent() {
            return false;
        }
    }

    private static final class Context implements LoggerContext {

        private final LoggerContext inner;
        private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();

        Context(LoggerContext inner) {
            this.inner = inner;
        }

        @Override
        public Object getExternalContext() {
            return inner.getExternalContext();
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return getLogger(name, null);
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            ExtendedLogger logger = loggers.getLogger(name, messageFactory);
            if (logger == null) {
                ExtendedLogger slf4j = inner.getLogger(name, messageFactory);
                loggers.putIfAbsent(name, messageFactory, new ExtendedLoggerWrapper(slf4j, name,
                        slf4j.getMessageFactory()));
                logger = loggers.getLogger(name, messageFactory);
            }
            return logger;
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return loggers.hasLogger(name, messageFactory);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return loggers.hasLogger(name, messageFactoryClass);
        }
    }
}
