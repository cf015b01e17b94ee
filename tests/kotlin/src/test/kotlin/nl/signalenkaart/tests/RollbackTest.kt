package nl.signalenkaart.tests

import java.nio.file.Files
import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.PlatformKeyWrapper
import nl.signalenkaart.core.Screen
import org.junit.Test

/** A PIN of the right length that is not [PIN]. */
private const val WRONG_PIN = "135799"

/** A platform that keeps no attempt count: what the vault's own files alone can do. */
private class CountlessKeys(private val keys: AesGcmKeyWrapper = AesGcmKeyWrapper()) : PlatformKeyWrapper by keys {
    override fun loadAttemptCount(): UInt? = null
    override fun storeAttemptCount(count: UInt) {}
}

/** Copies the directory tree [from] to [to], replacing whatever [to] held. */
private fun replaceTree(from: Path, to: Path) {
    to.toFile().deleteRecursively()
    check(from.toFile().copyRecursively(to.toFile())) { "copy of $from failed" }
}

/**
 * The platform's copy of the wrong-PIN count, kept by the Kotlin key wrapper apart from
 * the vault's files: putting back an older copy of those files does not give back the
 * PINs it cost.
 */
class RollbackTest {

    /** The vault directory inside a shell's data directory. */
    private val Shell.vaultDir: Path get() = dir.resolve("data").resolve("vault")

    /** Creates a vault, locks it, copies its files, then types three wrong PINs. */
    private fun Shell.threeWrongPinsAfterACopy(copy: Path) {
        createVault()
        send(Event.LockNow)
        replaceTree(vaultDir, copy)
        goTo(Destination.CASES)
        repeat(3) { pin(WRONG_PIN).screenAs<Screen.Pin>() }
        assertEquals("Nog 7 pogingen voordat alles wordt gewist.", view().screenAs<Screen.Pin>().view.attempts)
    }

    @Test
    fun restoringACopyOfTheVaultFilesDoesNotGiveBackTheWrongPins() {
        val keys = AesGcmKeyWrapper()
        Shell(keys = keys).use { shell ->
            val copy = Files.createTempDirectory(shell.dir, "copy")
            shell.threeWrongPinsAfterACopy(copy)
            // The number is the core's (the count with a check): the platform keeps it as given.
            val counted = assertNotNull(keys.attemptCount, "the platform holds the count too")

            shell.restart { replaceTree(copy, shell.vaultDir) }
            shell.goTo(Destination.CASES)
            assertEquals(
                "Nog 7 pogingen voordat alles wordt gewist.",
                shell.view().screenAs<Screen.Pin>().view.attempts,
                "shown as the next check counts, before any PIN is typed",
            )
            val pad = shell.pin(WRONG_PIN).screenAs<Screen.Pin>().view
            assertEquals("Nog 6 pogingen voordat alles wordt gewist.", pad.attempts, "counted on from 3, not from 0")
            assertEquals("Verkeerde pincode.", pad.error, "the count is said once, in attempts")
            assertNotNull(pad.retry, "the fourth wrong PIN brings the waiting time, as without the restore")
            assertNotEquals(counted, keys.attemptCount, "the fourth is stored with the platform too")
        }
    }

    @Test
    fun withoutThePlatformsCountTheRestoredFilesWouldHaveForgottenThem() {
        // The control for the test above: the restore really does roll the files back.
        Shell(keys = CountlessKeys()).use { shell ->
            val copy = Files.createTempDirectory(shell.dir, "copy")
            shell.threeWrongPinsAfterACopy(copy)

            shell.restart { replaceTree(copy, shell.vaultDir) }
            shell.goTo(Destination.CASES)
            val pad = shell.pin(WRONG_PIN).screenAs<Screen.Pin>().view
            assertEquals("Nog 9 pogingen voordat alles wordt gewist.", pad.attempts)
            assertNull(pad.retry)
        }
    }

    @Test
    fun theRightPinResetsThePlatformsCountAndAWipeDeletesItWithTheKey() {
        val keys = AesGcmKeyWrapper()
        Shell(keys = keys).use { shell ->
            shell.createVault()
            val none = assertNotNull(keys.attemptCount, "a new vault starts the platform's count (at 0)")
            shell.send(Event.LockNow)
            shell.goTo(Destination.CASES)
            repeat(2) { shell.pin(WRONG_PIN) }
            assertNotEquals(none, keys.attemptCount, "two wrong PINs are stored")
            assertNotNull(shell.pin(PIN).lock, "unlocked")
            assertEquals(none, keys.attemptCount, "the right PIN resets it")

            val settings = shell.goTo(Destination.SETTINGS).view.screenAs<Screen.Settings>().view
            val confirm = shell.send(settings.wipe.event).view.screenAs<Screen.Confirm>().view
            val wiped = shell.send(confirm.confirm.event)
            assertTrue(Effect.Wiped in wiped.effects, "${wiped.effects}")
            assertEquals(1, keys.destroyCalls)
            assertNull(keys.attemptCount, "destroyKey deleted the count")
        }
    }

    @Test
    fun tooManyWrongPinsEraseTheVaultTheKeyAndTheCount() {
        val keys = AesGcmKeyWrapper()
        Shell(keys = keys).use { shell ->
            shell.createVault()
            shell.send(Event.LockNow)
            shell.goTo(Destination.CASES)
            var view = shell.view()
            var typed = 0
            while (view.screen is Screen.Pin && typed < 20) {
                // Past each waiting time, by the clock that setting the time cannot move.
                shell.clock.advance(3_600_000L)
                view = shell.pin(WRONG_PIN)
                typed++
            }
            view.screenAs<Screen.LockedOut>()
            assertEquals(10, typed, "the tenth wrong PIN erases")
            assertTrue(keys.destroyCalls >= 1, "the key was destroyed")
            assertNull(keys.attemptCount, "and its count with it")

            shell.restart()
            val padView = shell.goTo(Destination.CASES).view
            padView.screenAs<Screen.Pin>()
            assertEquals("Kies een pincode", padView.title, "first-run PIN setup again")
        }
    }
}
