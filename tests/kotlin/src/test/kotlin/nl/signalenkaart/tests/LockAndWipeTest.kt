package nl.signalenkaart.tests

import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.PlatformKeyWrapper
import nl.signalenkaart.core.Screen
import org.junit.Test

/** A platform key whose next unwrap waits for [release], as a busy hardware keystore does. */
private class HeldKeys(private val keys: AesGcmKeyWrapper = AesGcmKeyWrapper()) : PlatformKeyWrapper by keys {
    @Volatile var hold = false
    val inside = CountDownLatch(1)
    val release = CountDownLatch(1)

    override fun unwrap(wrapped: ByteArray): ByteArray {
        if (hold) {
            hold = false
            inside.countDown()
            release.await(10, TimeUnit.SECONDS)
        }
        return keys.unwrap(wrapped)
    }
}

class LockAndWipeTest {

    @Test
    fun quickExitIsAnsweredFromKotlinWhileAPinCheckRunsOnAnotherThread() {
        val keys = HeldKeys()
        Shell(keys = keys).use { shell ->
            shell.createVault()
            shell.send(Event.LockNow)
            shell.goTo(Destination.CASES)
            for (d in PIN) shell.send(Event.PinDigit((d - '0').toUByte()))
            keys.hold = true
            val worker = Executors.newSingleThreadExecutor()
            try {
                val checking = worker.submit<nl.signalenkaart.core.Update> { shell.send(Event.PinSubmit) }
                assertTrue(keys.inside.await(10, TimeUnit.SECONDS), "the PIN check reached the key")

                val exit = shell.send(Event.QuickExit)
                assertFalse(checking.isDone, "answered while the PIN check still runs")
                exit.view.screenAs<Screen.Neutral>()
                assertEquals(listOf<Effect>(Effect.HideApp), exit.effects)

                keys.release.countDown()
                val checked = checking.get(10, TimeUnit.SECONDS)
                assertTrue(checked.revision > exit.revision, "the check's update is newer")
                checked.view.screenAs<Screen.Neutral>()
                assertNull(shell.view().lock, "the right PIN opened nothing: the exit locked it")
            } finally {
                keys.release.countDown()
                worker.shutdownNow()
            }
        }
    }

    @Test
    fun quickExitLocksHidesTheAppAndLeavesANeutralScreen() {
        Shell().use { shell ->
            shell.createVault()
            val signals = shell.goTo(Destination.SIGNALS).view.screenAs<Screen.Signals>().view
            shell.send(signals.items[0].event)

            val update = shell.send(shell.view().quickExit!!.event)
            assertEquals(listOf(Effect.Locked, Effect.HideApp), update.effects)
            val neutral = update.view.screenAs<Screen.Neutral>().view
            assertNull(update.view.call)
            assertNull(update.view.lock)
            val shown = "${update.view.title} ${neutral.text} ${neutral.action.label}".lowercase()
            for (word in listOf("mensenhandel", "uitbuiting", "signalenkaart", "signa")) {
                assertFalse(shown.contains(word), "'$word' on the neutral screen: $shown")
            }

            shell.send(neutral.action.event).view.screenAs<Screen.Home>()
            val after = shell.goTo(Destination.SIGNALS).view.screenAs<Screen.Signals>().view
            assertTrue(after.items.none { it.checked }, "the quick checklist is gone")
            shell.goTo(Destination.CASES).view.screenAs<Screen.Pin>()
        }
    }

    @Test
    fun idleTimeOnTheKotlinClockLocksAtTheHeartbeatTheViewAskedFor() {
        Shell().use { shell ->
            val due = shell.createVault().nextHeartbeatMs
            assertEquals(5L * 60 * 1000, due, "the auto-lock deadline")
            shell.clock.advance(due!!)
            val update = shell.send(Event.Heartbeat)
            assertEquals(listOf<Effect>(Effect.Locked), update.effects)
            assertNull(update.view.lock)
            assertNull(update.view.nextHeartbeatMs, "nothing is due once locked")
        }
    }

    @Test
    fun wipeDestroysThePlatformKeyAndLeavesAFreshInstall() {
        val keys = AesGcmKeyWrapper()
        Shell(keys = keys).use { shell ->
            shell.createVault()
            shell.goTo(Destination.SETTINGS)
            val settings = shell.send(Event.SetDiscreet(true)).view.screenAs<Screen.Settings>().view
            val confirm = shell.send(settings.wipe.event).view.screenAs<Screen.Confirm>().view
            assertTrue(confirm.destructive)
            assertEquals(0, keys.destroyCalls, "nothing erased before confirming")

            val update = shell.send(confirm.confirm.event)
            assertTrue(Effect.Wiped in update.effects, "${update.effects}")
            assertTrue(update.view.discreet, "discreet mode survives the wipe")
            assertTrue(Effect.SetLauncherDiscreet(true) in update.effects, "${update.effects}")
            assertTrue(keys.destroyCalls >= 1, "the Kotlin key was destroyed")

            shell.restart()
            val padView = shell.goTo(Destination.CASES).view
            padView.screenAs<Screen.Pin>()
            assertEquals("Kies een pincode", padView.title, "first-run PIN setup again")
        }
    }
}
