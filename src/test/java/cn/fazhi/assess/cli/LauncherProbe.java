package cn.fazhi.assess.cli;

import java.lang.management.ManagementFactory;

/** Stands in for the application in {@link LauncherTest}: prints its arguments and JVM flags, exits with {@code exit=N}. */
final class LauncherProbe {
    private LauncherProbe() {
    }

    public static void main(String[] args) {
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("jvm:" + flag);
        }
        int exit = 0;
        for (String arg : args) {
            System.out.println("arg:" + arg);
            exit = arg.startsWith("exit=") ? Integer.parseInt(arg.substring(5)) : exit;
        }
        System.exit(exit);
    }
}
