package dev.dossier.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dossier}: the top command. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = DossierCommand.Version.class,
    description = "Turns messy news reports into clean, grounded articles (JSON Lines).",
    subcommands = {AnalyzeCommand.class, BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was read", "1:some files failed (the others were processed)", "2:bad usage"})
public final class DossierCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: analyze, bench or eval");
  }

  /** The command line with Dossier's exit codes and streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DossierCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CliException c) {
            commandLine.getErr().println("dossier: " + c.getMessage());
            commandLine.getErr().flush();
            return c.exitCode();
          }
          throw ex;
        });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DossierCommand.class.getPackage().getImplementationVersion();
      return new String[] {"dossier " + (v == null ? "development build" : v)};
    }
  }
}
