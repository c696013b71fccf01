package org.planscore.launcher;

import java.nio.file.Path;

/**
 * Stands in for the application in {@link LauncherFunctionalTests}: prints what the launcher gave it (its edition, the
 * settings Spring would read, the folder it runs in, the JVM options, its arguments), one {@code key=value} a line.
 */
public final class LauncherEcho {

    private LauncherEcho() {
    }

    public static void main(String[] args) {
        System.out.println("edition=" + System.getProperty("launcher.echo.edition",
                LauncherEcho.class.getPackage().getImplementationVersion()));
        System.out.println("home=" + System.getProperty("planscore.home"));
        System.out.println("config=" + System.getProperty("spring.config.location"));
        System.out.println("additional=" + System.getProperty("spring.config.additional-location"));
        System.out.println("dir=" + Path.of("").toAbsolutePath());
        System.out.println("jvm=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("args=" + String.join(" ", args));
    }
}
