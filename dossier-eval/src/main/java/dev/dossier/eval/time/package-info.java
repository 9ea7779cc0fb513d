/**
 * Evaluation of the time normaliser on public data under {@code <shared>/eval}.
 *
 * <p>Reproduce: {@code mvn -q -pl dossier-eval -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='TimeEvaluationTest*'} (asserts the floors), or call
 * {@link dev.dossier.eval.time.TimeEvaluation#run(java.nio.file.Path, java.io.PrintStream)} with the
 * shared directory to print the table. Figures when written (point accuracy at the gold's grain):
 * <pre>
 * set                     cases  in scope  correct  accuracy  ranges range acc
 * time_jionlp               427       187      162     0.866      98     0.327
 *     out of scope   37  duration, not a point in time
 *     out of scope   55  fuzzy span (blur, not one calendar unit)
 *     out of scope   22  open-ended span (以前/以后/起)
 *     out of scope   21  recurring set (每年/每周...)
 *     out of scope    7  reference is the wall clock (time.time())
 * time_duckling_zh          627       460      380     0.826     167     0.144
 * time_recognizers_text     170       139       94     0.676      30     0.400
 *     out of scope    1  no gold resolution
 * </pre>
 */
package dev.dossier.eval.time;
