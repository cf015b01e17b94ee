package nl.signalenkaart.tests

import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertContains
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import nl.signalenkaart.core.BiometricException
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.PinView
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.Update
import nl.signalenkaart.core.ViewModel
import org.junit.Test

/**
 * The biometric unlock through the real core, with the Kotlin fake of the platform's
 * key ([FakeBiometrics]) as the Android shell gives it: turning it on, opening with it,
 * and each case in which only the PIN opens.
 */
/** A PIN that is not the vault's, and not one the core refuses as too easy. */
private const val WRONG_PIN = "135799"

class BiometricUnlockTest {
    private val fake = FakeBiometrics()

    private fun shell() = Shell(biometrics = fake)

    /** Creates the vault and turns the biometric unlock on: the switch, the PIN, the prompt. */
    private fun Shell.turnOn() {
        createVault()
        val settings = goTo(Destination.SETTINGS).view.screenAs<Screen.Settings>().view
        val toggle = assertNotNull(settings.biometrics, "offered while the vault is open").toggle
        assertFalse(toggle.checked)
        assertEquals(Event.SetBiometrics(true), toggle.event)
        val pad = send(toggle.event).view
        assertEquals("Vingerafdruk of gezicht aanzetten", pad.title)
        assertTrue(fake.prompts.isEmpty(), "no prompt before the PIN")
        pin(PIN).screenAs<Screen.Settings>()
    }

    /** Locks and opens the cases: the unlock pad. */
    private fun Shell.lockedPad(): PinView {
        send(Event.LockNow)
        return goTo(Destination.CASES).view.screenAs<Screen.Pin>().view
    }

    /** Everything the screen says about the last attempt. */
    private fun said(view: ViewModel): String {
        val pad = (view.screen as? Screen.Pin)?.view
        return listOfNotNull(view.notice?.text, pad?.error, pad?.biometricNote).joinToString(" | ")
    }

    @Test
    fun turnedOnAfterThePinTheFingerOpensTheLockedVault() {
        shell().use { shell ->
            shell.turnOn()
            assertEquals(1, fake.prompts.size, "the enrolment's prompt")
            val settings = shell.view().screenAs<Screen.Settings>().view
            val section = assertNotNull(settings.biometrics)
            assertTrue(section.toggle.checked)
            assertEquals(listOf("4 uur", "8 uur", "24 uur"), assertNotNull(section.hours).options.map { it.label })

            val pad = shell.lockedPad()
            val button = assertNotNull(pad.biometric, "offered right after the PIN was typed")
            assertNull(pad.biometricNote)
            val opened = shell.send(button.event).view
            assertEquals(1, fake.released)
            opened.screenAs<Screen.Cases>()
            assertNotNull(opened.lock, "the vault is open")
            assertContains(fake.prompts.last().title, "Signalenkaart", message = "the app named outside discreet mode")
        }
    }

    @Test
    fun afterAQuickExitOnlyThePinOpensAndThePadSaysWhy() {
        shell().use { shell ->
            shell.turnOn()
            val exit = shell.send(Event.QuickExit)
            assertTrue(Effect.HideApp in exit.effects)
            shell.send(exit.view.screenAs<Screen.Neutral>().view.action.event)
            val pad = shell.goTo(Destination.CASES).view.screenAs<Screen.Pin>().view
            assertNull(pad.biometric, "a finger can be forced: no button after a quick exit")
            assertNotNull(pad.biometricNote, "the pad says why the PIN is asked")

            val opened = shell.pin(PIN)
            opened.screenAs<Screen.Cases>()
            assertEquals(0, fake.released, "the PIN opened it, not the platform")
            assertNotNull(shell.lockedPad().biometric, "offered again once the PIN was typed")
        }
    }

    @Test
    fun aKeyTheNewFingerprintInvalidatedIsDroppedAndThePadSaysWhy() {
        shell().use { shell ->
            shell.turnOn()
            val pad = shell.lockedPad()
            fake.answer = FakeBiometrics.Answer.Throw(BiometricException.KeyInvalidated())

            val after = shell.send(pad.biometric!!.event).view
            val again = after.screenAs<Screen.Pin>().view
            assertNull(again.biometric, "the wrap is gone: no button")
            assertContains(said(after), "toegevoegd of verwijderd", message = "the reason, in one sentence")

            shell.pin(PIN).screenAs<Screen.Cases>()
            val section = assertNotNull(shell.goTo(Destination.SETTINGS).view.screenAs<Screen.Settings>().view.biometrics)
            assertFalse(section.toggle.checked, "the settings show it off")
            assertNull(section.hours)
            assertNull(shell.lockedPad().biometric)
        }
    }

    @Test
    fun cancelledPromptsCountNoWrongPin() {
        // The attempts line after one wrong PIN, without any prompt before it.
        val oneWrong = Shell().use { plain ->
            plain.createVault()
            plain.send(Event.LockNow)
            plain.goTo(Destination.CASES)
            plain.pin(WRONG_PIN).screenAs<Screen.Pin>().view.attempts
        }
        assertNotNull(oneWrong)

        shell().use { shell ->
            shell.turnOn()
            val pad = shell.lockedPad()
            fake.answer = FakeBiometrics.Answer.Throw(BiometricException.Cancelled())
            repeat(3) {
                val after = shell.send(pad.biometric!!.event).view.screenAs<Screen.Pin>().view
                assertNull(after.attempts, "no attempts line after a cancel")
                assertNotNull(after.biometric, "the button stays for another try")
            }
            assertEquals(0, fake.released)
            assertEquals(oneWrong, shell.pin(WRONG_PIN).screenAs<Screen.Pin>().view.attempts, "only the wrong PIN counted")
        }
    }

    @Test
    fun thePlatformsLockoutAndKeyMintErrorsLeadToThePinWithTheReason() {
        shell().use { shell ->
            shell.turnOn()
            val pad = shell.lockedPad()

            fake.answer = FakeBiometrics.Answer.Throw(BiometricException.LockedOut())
            val lockedOut = shell.send(assertNotNull(pad.biometric).event).view
            assertContains(said(lockedOut), "te vaak niet herkend")
            val afterLockout = lockedOut.screenAs<Screen.Pin>().view
            assertNull(afterLockout.attempts, "not a wrong PIN")

            fake.answer = FakeBiometrics.Answer.Throw(BiometricException.Failed(-28))
            val failed = shell.send(assertNotNull(afterLockout.biometric, "the wrap is kept").event).view
            assertContains(said(failed), "fout -28")
            assertNull(failed.lock, "still locked")

            fake.answer = FakeBiometrics.Answer.Recognise
            shell.pin(PIN).screenAs<Screen.Cases>()
        }
    }

    @Test
    fun anExceptionTheShellDidNotExpectIsAFailureOnThePadNotACrash() {
        shell().use { shell ->
            shell.turnOn()
            val pad = shell.lockedPad()
            fake.answer = FakeBiometrics.Answer.Throw(IllegalStateException("keystore daemon died"))

            val after: Update = shell.send(pad.biometric!!.event)
            after.view.screenAs<Screen.Pin>()
            assertContains(said(after.view), "fout 0")
            assertFalse(said(after.view).contains("daemon"), "nothing of the exception's text")
            shell.pin(PIN).screenAs<Screen.Cases>()
        }
    }

    @Test
    fun inDiscreetModeThePromptDoesNotNameTheApp() {
        shell().use { shell ->
            shell.createVault()
            shell.goTo(Destination.SETTINGS)
            shell.send(Event.SetDiscreet(true))
            val toggle = shell.view().screenAs<Screen.Settings>().view.biometrics!!.toggle
            shell.send(toggle.event)
            shell.pin(PIN)
            val pad = shell.lockedPad()
            shell.send(pad.biometric!!.event).view.screenAs<Screen.Cases>()

            assertEquals(2, fake.prompts.size, "enrolment and unlock")
            for (prompt in fake.prompts) {
                val shown = "${prompt.title} ${prompt.subtitle} ${prompt.usePin}".lowercase()
                for (word in listOf("signalenkaart", "signa", "mensenhandel", "uitbuiting")) {
                    assertFalse(shown.contains(word), "'$word' in the discreet prompt: $shown")
                }
            }
        }
    }

    @Test
    fun aQuickExitDuringThePromptIsAnsweredAtOnceAndItsHideAppEndsThePrompt() {
        shell().use { shell ->
            shell.turnOn()
            val pad = shell.lockedPad()
            fake.answer = FakeBiometrics.Answer.Hold
            val shown = fake.shown
            val worker = Executors.newSingleThreadExecutor()
            try {
                val prompting = worker.submit<Update> { shell.send(pad.biometric!!.event) }
                assertTrue(shown.await(10, TimeUnit.SECONDS), "the prompt is on screen")

                val exit = shell.send(Event.QuickExit)
                assertFalse(prompting.isDone, "answered while the prompt is still up")
                exit.view.screenAs<Screen.Neutral>()
                assertTrue(Effect.HideApp in exit.effects)
                // The shell carries out HideApp: the prompt goes with the app.
                fake.cancel()

                val ended = prompting.get(10, TimeUnit.SECONDS)
                assertTrue(ended.revision > exit.revision)
                ended.view.screenAs<Screen.Neutral>()
                assertNull(shell.view().lock)
                assertEquals(0, fake.released)
                shell.send(ended.view.screenAs<Screen.Neutral>().view.action.event)
                val next = shell.goTo(Destination.CASES).view.screenAs<Screen.Pin>().view
                assertNull(next.biometric, "after the quick exit only the PIN")
            } finally {
                fake.cancel()
                worker.shutdownNow()
            }
        }
    }
}
