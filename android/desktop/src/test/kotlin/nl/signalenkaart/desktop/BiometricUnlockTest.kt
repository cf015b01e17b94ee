package nl.signalenkaart.desktop

import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsOff
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onAllNodesWithContentDescription
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import nl.signalenkaart.core.BiometricException
import nl.signalenkaart.core.BiometricPrompt
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.PlatformBiometrics
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.Tags
import org.junit.After
import org.junit.Rule
import org.junit.Test
import java.security.SecureRandom
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull

/**
 * The biometric unlock on the real screens over the real core, with a fake platform key
 * that answers each prompt at once, as a recognised finger does.
 */
class BiometricUnlockTest {
    @get:Rule
    val rule = createComposeRule()

    private val platform = InstantBiometrics()
    private val ui by lazy { UiHarness(rule, biometrics = platform) }

    @After
    fun tearDown() = ui.close()

    /** Back to the home screen, as the user does with the back button. */
    private fun home() {
        while (ui.view.screen !is Screen.Home) ui.tap(ui.view.back!!.accessibilityLabel)
    }

    /** Locks the vault with the lock button and opens the cases: the unlock pad. */
    private fun lockAndReopen() {
        ui.tap(ui.view.lock!!.accessibilityLabel)
        home()
        ui.open(Destination.CASES)
    }

    /** Sets up the vault from the cases section and leaves it unlocked in the settings. */
    private fun settingsWithVault() {
        ui.open(Destination.CASES)
        ui.pin(PIN)
        ui.pin(PIN)
        home()
        ui.open(Destination.SETTINGS)
    }

    private fun turnOn() {
        settingsWithVault()
        ui.tap(ui.screen<Screen.Settings>().view.biometrics!!.toggle.accessibilityLabel)
        ui.pin(PIN)
    }

    @Test
    fun theSettingsSectionRendersAndItsSwitchTurnsTheUnlockOnAfterThePin() {
        settingsWithVault()
        val section = assertNotNull(ui.screen<Screen.Settings>().view.biometrics)
        assertNull(section.hours, "no hours while off")
        rule.onNodeWithContentDescription(section.toggle.accessibilityLabel).scrollIntoView().assertIsDisplayed().assertIsOff()
        rule.onNodeWithText(section.hint).scrollIntoView().assertIsDisplayed()

        // The switch sends SetBiometrics(true): the core asks for the PIN first.
        ui.tap(section.toggle.accessibilityLabel)
        val pad = ui.screen<Screen.Pin>()
        assertEquals("Vingerafdruk of gezicht aanzetten", ui.view.title)
        assertEquals(0, platform.enrolled, "no prompt before the PIN")
        assertNull(pad.view.biometric)

        ui.pin(PIN)
        assertEquals(1, platform.enrolled)
        val on = assertNotNull(ui.screen<Screen.Settings>().view.biometrics)
        rule.onNodeWithContentDescription(on.toggle.accessibilityLabel).scrollIntoView().assertIsOn()
        val hours = assertNotNull(on.hours, "the hours offered once it is on")
        rule.onNodeWithContentDescription(hours.accessibilityLabel).scrollIntoView().assertIsDisplayed()
    }

    @Test
    fun theUnlockPadShowsTheBiometricButtonOnlyWhenTheViewOffersIt() {
        turnOn()
        lockAndReopen()
        val button = assertNotNull(ui.screen<Screen.Pin>().view.biometric, "offered after a typed PIN")
        assertEquals(Event.UnlockWithBiometrics, button.event)
        rule.onNodeWithContentDescription(button.accessibilityLabel).assertIsDisplayed()
        rule.onAllNodesWithTag(Tags.BIOMETRIC_NOTE).assertCountEquals(0)

        ui.tap(button.accessibilityLabel)
        assertEquals(1, platform.unlocked)
        ui.screen<Screen.Cases>()
        assertNotNull(ui.view.lock, "the vault is open")

        // After a quick exit only the PIN opens: no button, and the pad says why.
        ui.tap(ui.view.quickExit!!.accessibilityLabel)
        ui.tap(ui.screen<Screen.Neutral>().view.action.accessibilityLabel)
        home()
        ui.open(Destination.CASES)
        val pad = ui.screen<Screen.Pin>().view
        assertNull(pad.biometric)
        rule.onAllNodesWithContentDescription(button.accessibilityLabel).assertCountEquals(0)
        val note = assertNotNull(pad.biometricNote)
        rule.onNodeWithTag(Tags.BIOMETRIC_NOTE).assertIsDisplayed()
        rule.onNodeWithText(note).assertIsDisplayed()
        ui.pin(PIN)
        ui.screen<Screen.Cases>()
        assertEquals(1, platform.unlocked, "the PIN opened it, not the platform")
    }

    @Test
    fun withTheUnlockOffThePadHasNoBiometricButton() {
        settingsWithVault()
        lockAndReopen()
        val pad = ui.screen<Screen.Pin>().view
        assertNull(pad.biometric)
        assertNull(pad.biometricNote)
        rule.onAllNodesWithTag(Tags.BIOMETRIC_NOTE).assertCountEquals(0)
        rule.onAllNodesWithText("Ontgrendel met vingerafdruk of gezicht").assertCountEquals(0)
    }

    private companion object {
        const val PIN = "246810"
    }
}

/**
 * A platform key that a recognised finger releases at once: [enroll] keeps the secret in
 * memory under a random handle, [unlock] gives it back for that handle.
 */
class InstantBiometrics : PlatformBiometrics {
    private var handle: ByteArray? = null
    private var secret: ByteArray? = null

    @Volatile var enrolled = 0
        private set

    @Volatile var unlocked = 0
        private set

    @Synchronized
    override fun enroll(secret: ByteArray, prompt: BiometricPrompt): ByteArray {
        enrolled++
        this.secret = secret.copyOf()
        return ByteArray(16).also { SecureRandom().nextBytes(it) }.also { handle = it.copyOf() }
    }

    @Synchronized
    override fun unlock(wrapped: ByteArray, prompt: BiometricPrompt): ByteArray {
        val secret = secret
        if (secret == null || !wrapped.contentEquals(handle)) throw BiometricException.KeyInvalidated()
        unlocked++
        return secret.copyOf()
    }

    @Synchronized
    override fun forget() {
        secret?.fill(0)
        secret = null
        handle = null
    }
}
