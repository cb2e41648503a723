package dev.scaleprojection.cli;

import dev.scaleprojection.platform.process.ProcessLocale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scale-projection} command: one entry point for every way the product runs. */
@Command(name = "scale-projection", mixinStandardHelpOptions = true, version = "scale-projection 0.1.0",
        description = {
            "Tells, for every component of your repositories, whether its architecture would survive being scaled up, "
                + "and what exactly stands in the way: every gap is Clean (infrastructure only), Concerning (logic changes), "
                + "Blocking (a rethink) or Uncertain (the facts do not decide), with the rule and the evidence (file and line) "
                + "behind it."},
        subcommands = {RunCommand.class, WatchCommand.class, ScanCommand.class, CheckCommand.class, AssertCommands.Assert.class,
            AssertCommands.Revoke.class, RulesCommand.class, ApiCommands.Score.class, ApiCommands.History.class, GapsCommand.class,
            ReportCommand.class, ReplayCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Configuration: options win over environment variables (SCALE_PROJECTION_<KEY>), which win over "
            + "the --config file (properties), which wins over defaults. See docs/configuration.md."})
public final class ScaleProjection {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line every command runs in, with the product's formatting locale pinned first ({@link ProcessLocale}). */
    static CommandLine commandLine() {
        ProcessLocale.pin();
        CommandLine commandLine = new CommandLine(new ScaleProjection());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("error: " + e.getMessage()));
            if (System.getenv("SCALE_PROJECTION_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set SCALE_PROJECTION_DEBUG=1 for the stack trace)");
            }
            return 1;
        });
        return commandLine;
    }
}
