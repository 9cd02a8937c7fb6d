package cn.fazhi.assess.cli;

import cn.fazhi.assess.export.OutputFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** Where a command's result goes: standard output, or a file written atomically and kept unless --force. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here instead of standard output (several inputs: one document), atomically.")
    Path output;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    /** Prints or writes {@code text}; false, with the reason on stderr, when the file could not be written. */
    boolean emit(CommandSpec spec, String text, String what) {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return true;
        }
        try {
            OutputFiles.write(output, text, force);
            spec.commandLine().getErr().println("wrote " + output + what);
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return false;
        }
    }
}
