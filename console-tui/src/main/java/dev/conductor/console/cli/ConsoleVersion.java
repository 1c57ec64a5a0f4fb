package dev.conductor.console.cli;

import picocli.CommandLine.IVersionProvider;

/** The console's version, from the jar's manifest ({@code dev} when run from classes). */
final class ConsoleVersion implements IVersionProvider {

    static String current() {
        String version = ConsoleVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"conductor-console " + current()};
    }
}
