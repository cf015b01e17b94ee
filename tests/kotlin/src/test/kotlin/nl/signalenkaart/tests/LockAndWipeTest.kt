package nl.signalenkaart.tests

import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Screen
import org.junit.Test

class LockAndWipeTest {

    @Test
    fun quickExitLocksHidesTheAppAndLeavesANeutralScreen() {
        Shell().use { shell ->
            shell.createVault()
            val signals = shell.send(Event.Open(Destination.SIGNALS)).view.screenAs<Screen.Signals>().view
            shell.send(signals.items[0].event)

            val update = shell.send(shell.view().quickExit!!.event)
            assertEquals(listOf(Effect.Locked, Effect.HideApp), update.effects)
            val neutral = update.view.screenAs<Screen.Neutral>().view
            assertNull(update.view.call)
            assertNull(update.view.lock)
            val shown = "${update.view.title} ${neutral.heading} ${neutral.text}".lowercase()
            for (word in listOf("mensenhandel", "uitbuiting", "signalenkaart", "signa")) {
                assertFalse(shown.contains(word), "'$word' on the neutral screen: $shown")
            }

            shell.send(neutral.action.event).view.screenAs<Screen.Home>()
            val after = shell.send(Event.Open(Destination.SIGNALS)).view.screenAs<Screen.Signals>().view
            assertTrue(after.items.none { it.checked }, "the quick checklist is gone")
            shell.send(Event.Open(Destination.CASES)).view.screenAs<Screen.Pin>()
        }
    }

    @Test
    fun idleTimeOnTheKotlinClockLocksAtTheHeartbeatTheViewAskedFor() {
        Shell().use { shell ->
            val due = shell.createVault().nextHeartbeatMs
            assertEquals(5u * 60u * 1000u, due, "the auto-lock deadline")
            shell.clock.nowMillis += due!!.toLong()
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
            shell.send(Event.SetDiscreet(true))
            val settings = shell.send(Event.Open(Destination.SETTINGS)).view.screenAs<Screen.Settings>().view
            val confirm = shell.send(settings.wipe.event).view.screenAs<Screen.Confirm>().view
            assertTrue(confirm.destructive)
            assertEquals(0, keys.destroyCalls, "nothing erased before confirming")

            val update = shell.send(confirm.confirm.event)
            assertTrue(Effect.Wiped in update.effects, "${update.effects}")
            assertFalse(update.view.discreet, "preferences are gone too")
            assertTrue(keys.destroyCalls >= 1, "the Kotlin key was destroyed")

            shell.restart()
            val pad = shell.send(Event.Open(Destination.CASES)).view.screenAs<Screen.Pin>().view
            assertEquals("Kies een pincode", pad.heading, "first-run PIN setup again")
        }
    }
}
