// The DESIGN budget "10,000 dispatch round trips from Kotlin over JNA ≤ 2 s", measured:
// typical taps (tick and untick a signal in the quick checklist, leave and reopen the
// checklist), each a full round trip that returns the whole view model.
// Then the PIN unlock through the same library (Argon2id, the header, the database): the
// release profile is built for size, and this is what a user waits for after a lock.
// Run with scripts/bench-kotlin.sh (release cdylib). A benchmark, not a test: it reports.
// The machines are shared and noisy, so it runs several rounds after a JIT warm-up and
// judges the median round.
package nl.signalenkaart.bench

import java.nio.file.Files
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.insecureSoftwareKeyWrapper

private const val CALLS = 10_000
private const val BUDGET_MS = 2000.0
private const val UNLOCKS = 15
private const val PIN = "482916"

fun main(args: Array<String>) {
    val rounds = args.firstOrNull()?.toInt() ?: 5
    val warmup = args.getOrNull(1)?.toInt() ?: 20_000
    val dir = Files.createTempDirectory("signalenkaart-bench")
    try {
        val keys = insecureSoftwareKeyWrapper(dir.resolve("keys").toString())
        Core(CoreConfig(dir.resolve("data").toString(), Language.NL), keys).use { core ->
            val signals = core.dispatch(Event.Open(Destination.SIGNALS)).view.screen as Screen.Signals
            val tick = signals.view.items[0].event
            val cycle = listOf(tick, tick, Event.Back, Event.Open(Destination.SIGNALS))

            repeat(warmup) { core.dispatch(cycle[it % cycle.size]) }

            val totals = (1..rounds).map { round ->
                val each = LongArray(CALLS)
                val start = System.nanoTime()
                for (i in 0 until CALLS) {
                    val t0 = System.nanoTime()
                    core.dispatch(cycle[i % cycle.size])
                    each[i] = System.nanoTime() - t0
                }
                val totalMs = (System.nanoTime() - start) / 1e6
                each.sort()
                println(
                    "round %d: %,d dispatch round trips in %.0f ms, %.1f µs per call (p50 %.1f µs, p99 %.1f µs)"
                        .format(round, CALLS, totalMs, totalMs * 1e3 / CALLS, each[CALLS / 2] / 1e3, each[CALLS * 99 / 100] / 1e3),
                )
                totalMs
            }.sorted()
            val median = totals[totals.size / 2]
            println(
                "Kotlin dispatch: median %.0f ms per %,d round trips (best %.0f ms), %.1f µs per call; budget %.0f ms: %s"
                    .format(median, CALLS, totals.first(), median * 1e3 / CALLS, BUDGET_MS,
                        if (median <= BUDGET_MS) "within budget" else "OVER BUDGET"),
            )
            unlocks(core)
        }
    } finally {
        dir.toFile().deleteRecursively()
    }
}

/** Times [UNLOCKS] PIN unlocks: the dispatch of the PIN's submit, lock to open. */
private fun unlocks(core: Core) {
    fun pin(): Long {
        for (digit in PIN) {
            val pad = (core.view().screen as Screen.Pin).view
            core.dispatch(pad.keys.first { it.label == digit.toString() }.event)
        }
        val t0 = System.nanoTime()
        core.dispatch(Event.PinSubmit)
        return System.nanoTime() - t0
    }
    core.dispatch(Event.OpenHome)
    core.dispatch(Event.Open(Destination.CASES))
    pin()
    pin()
    val times = (1..UNLOCKS).map {
        val lock = core.view().lock ?: error("the vault did not open")
        core.dispatch(lock.event)
        core.dispatch(Event.Open(Destination.CASES))
        pin()
    }.sorted()
    check(core.view().lock != null) { "the last unlock did not open the vault" }
    println(
        "PIN unlock (Argon2id, header, database): median %.1f ms, best %.1f ms over %d unlocks"
            .format(times[times.size / 2] / 1e6, times.first() / 1e6, UNLOCKS),
    )
}
