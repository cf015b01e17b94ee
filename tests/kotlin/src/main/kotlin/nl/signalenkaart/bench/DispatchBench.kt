// The DESIGN budget "10,000 dispatch round trips from Kotlin over JNA ≤ 2 s", measured:
// typical taps (tick and untick a signal in the quick checklist, leave and reopen the
// checklist), each a full round trip that returns the whole view model.
// Run with scripts/bench-kotlin.sh (release cdylib). A benchmark, not a test: it reports.
package nl.signalenkaart.bench

import java.nio.file.Files
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.insecureSoftwareKeyWrapper

private const val BUDGET_MS = 2000.0

fun main(args: Array<String>) {
    val rounds = args.firstOrNull()?.toInt() ?: 10_000
    val warmup = args.getOrNull(1)?.toInt() ?: 5_000
    val dir = Files.createTempDirectory("signalenkaart-bench")
    try {
        val keys = insecureSoftwareKeyWrapper(dir.resolve("keys").toString())
        Core(CoreConfig(dir.resolve("data").toString(), Language.NL), keys).use { core ->
            val signals = core.dispatch(Event.Open(Destination.SIGNALS)).view.screen as Screen.Signals
            val tick = signals.v1.items[0].event
            val cycle = listOf(tick, tick, Event.Back, Event.Open(Destination.SIGNALS))

            repeat(warmup) { core.dispatch(cycle[it % cycle.size]) }

            val each = LongArray(rounds)
            val start = System.nanoTime()
            for (i in 0 until rounds) {
                val t0 = System.nanoTime()
                core.dispatch(cycle[i % cycle.size])
                each[i] = System.nanoTime() - t0
            }
            val totalMs = (System.nanoTime() - start) / 1e6
            each.sort()
            fun percentileUs(p: Double) = each[((rounds - 1) * p).toInt()] / 1e3
            println(
                "%,d dispatch round trips from Kotlin (JNA): %.0f ms total, %.1f µs per call (p50 %.1f µs, p99 %.1f µs); budget %.0f ms: %s"
                    .format(
                        rounds, totalMs, totalMs * 1e3 / rounds, percentileUs(0.5), percentileUs(0.99), BUDGET_MS,
                        if (totalMs <= BUDGET_MS * rounds / 10_000) "within budget" else "OVER BUDGET",
                    ),
            )
        }
    } finally {
        dir.toFile().deleteRecursively()
    }
}
