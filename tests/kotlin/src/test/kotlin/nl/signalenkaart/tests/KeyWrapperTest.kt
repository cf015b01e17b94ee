package nl.signalenkaart.tests

import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.KeyWrapperException
import nl.signalenkaart.core.PlatformKeyWrapper
import nl.signalenkaart.core.Screen
import org.junit.Test

/** The platform key wrapper implemented in Kotlin and called from Rust. */
class KeyWrapperTest {

    /** Fails every call the way [failure] says, until healed. */
    private class FlakyKeys(@Volatile var failure: (() -> Nothing)?) : PlatformKeyWrapper {
        private val real = AesGcmKeyWrapper()
        override fun wrap(plaintext: ByteArray): ByteArray { failure?.invoke(); return real.wrap(plaintext) }
        override fun unwrap(wrapped: ByteArray): ByteArray { failure?.invoke(); return real.unwrap(wrapped) }
        override fun destroyKey() { failure?.invoke(); real.destroyKey() }
        override fun loadAttemptCount(): UInt? { failure?.invoke(); return real.loadAttemptCount() }
        override fun storeAttemptCount(count: UInt) { failure?.invoke(); real.storeAttemptCount(count) }
    }

    @Test
    fun anAesGcmKeyWrapperInKotlinProtectsARealVaultAcrossRestarts() {
        Shell().use { shell ->
            shell.createVault()
            shell.send(Event.NewCase)
            shell.send(Event.Edit(FieldId.CASE_LABEL, "gezin B."))
            shell.send(Event.SubmitLabel).view.screenAs<Screen.Case>()

            shell.restart()
            shell.goTo(Destination.CASES)
            val cases = shell.pin(PIN).screenAs<Screen.Cases>().view
            assertEquals(listOf("gezin B."), cases.items.map { it.label })

            // Another device's key cannot open these files, even with the right PIN.
            Shell(dir = shell.dir, keys = AesGcmKeyWrapper()).core.use { other ->
                other.dispatch(Event.Open(Destination.CASES))
                for (d in PIN) other.dispatch(Event.PinDigit((d - '0').toUByte()))
                val view = other.dispatch(Event.PinSubmit).view
                assertNotNull(view.screenAs<Screen.Pin>().view.error)
                assertNull(view.lock, "still locked")
            }
        }
    }

    @Test
    fun aKeyWrapperThatThrowsShowsTheUserAReasonAndNothingCrashes() {
        val keys = FlakyKeys { throw IllegalStateException("keystore exploded") }
        Shell(keys = keys).use { shell ->
            shell.goTo(Destination.CASES)
            shell.pin(PIN)
            val view = shell.pin(PIN)
            val error = view.screenAs<Screen.Pin>().view.error
            assertNotNull(error)
            assertTrue(error.contains("sleutelopslag"), error)
            assertFalse(error.contains("exploded"), "no technical detail for the user")
            assertNull(view.lock, "no vault was created")

            // The core keeps working, and the vault can be made once the key works.
            keys.failure = null
            shell.send(Event.OpenHome).view.screenAs<Screen.Home>()
            shell.goTo(Destination.CASES)
            repeat(3) { if (shell.view().lock == null) shell.pin(PIN) }
            assertNotNull(shell.view().lock, "created once the key works")
        }
    }

    @Test
    fun aTypedKeyWrapperExceptionIsRefusedOnUnlock() {
        val keys = FlakyKeys(null)
        Shell(keys = keys).use { shell ->
            shell.createVault()
            shell.send(Event.LockNow)
            keys.failure = { throw KeyWrapperException.Failed("user not authenticated") }
            shell.goTo(Destination.CASES)
            val view = shell.pin(PIN)
            assertNotNull(view.screenAs<Screen.Pin>().view.error)
            assertNull(view.lock)

            keys.failure = null
            assertNotNull(shell.pin(PIN).lock, "unlocks once the key works")
        }
    }
}
